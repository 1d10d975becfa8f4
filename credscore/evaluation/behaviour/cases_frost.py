"""A fourteenth, frost set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
of the twelve sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`): it is a fourteenth, independent set of twelve base
articles (seven WELL sourced, five WEAKLY sourced) and their variants, written blind as a
measurement. The topics, people, places, organisations, outlets, figures and sentences are new
and fictional; nothing is copied from the other sets, from any corpus or example, or from the
web, and every surname, place name, organisation and outlet was checked against the other sets
and the passages and replaced where it already occurred (some common first names recur). The
articles and edits were written from the definitions of good and bad sourcing alone: no text in
this module was scored with a model or run through an extractor while it was written, and the
code of the signals, lexicons, features and model was not read.

The set is themed loosely around winter. The beats are a county rationing road salt after its
supplier delivers half the order, heating oil prices jumping by almost a third in a week of
frost in a hill valley, flu patients waiting in hospital hallways as the season arrives early,
tower block tenants left without water after pipes freeze in an unheated shaft, a ski area
pumping river water for snowmaking while the river ran below its permit limit, an ice storm's
long power cuts and a cooperative's tree trimming, and Christmas parcels piling up at a depot
after couriers' pay per drop is cut (well sourced), and paw prints in the snow that revive talk
of a big cat on a moor, rumours that a town's holiday parade is about to be cancelled, a winter
bug emptying primary school classrooms, whispers that snowplows clear officials' streets first,
and tales of a night-time fall through the ice of a frozen mere (weakly sourced). The writing
varies the reporting verbs ("said", "said in a statement", "said in an email", "told
reporters", "told commissioners", "accused", "criticized", "called", "disputed", "show",
"lists", "counts", "found", "according to"), inverts some attributions ("said Ferris X, who
has run ...", "said Delbert Y, the cooperative's chief executive"), uses surnames on second
reference, titles ("Dr", "Dr.", "Professor", "Commissioner", "State Rep."), ages, appositions
and possessive roles ("the hospital's chief nursing officer", "Ptarmigan Ridge's general
manager"), and mixes British and American spellings. Each base is 240 to 260 words long,
written with straight ASCII quotes and apostrophes, as every base in the suite is; the curly
forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind, and two ``up`` variants; each
weak base has four ``up`` variants (one of each up kind) and one ``down`` (speculation added,
worded differently in each, sometimes as a sentence of its own and sometimes as a clause added
to a sentence already in the text); every base has a cosmetic ``names`` rename, a ``weekday`` or
``minor_number`` edit (both for the well bases), and the generic typography, wrapping and CRLF
variants that :func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors and the model of commit
118b87e): directional **0.866** (58 of 67), under the bar of 0.90; cosmetic 1.000, well - weak
+68.7. The nine failures: ``document_added`` four times (on three well bases, +0.6 to -1.2, and
on a weak base), where none of the documents was seen ("Staffing reports the hospital files
with the state show", "The state's published record for the gauge shows", "Outage reports the
cooperative has filed with the commission show", "The city's snow route map, posted on its
website, lists"); ``attribution_removed`` twice on well bases (+0.9: with "Tresilian accused"
gone, the company's price "charges" read as a statement; +1.3: an anonymous driver removed);
``speculation_added`` twice on weak bases, clauses added to sentences already hedged; and
``comment_sought`` on a weak base (-1.9: "was asked about the footage and did not reply" was not
seen, and "is said to" in the same sentence counted as a hedge).
Two ``names`` renames were split afterwards into a first-name and a surname rename, so that
each new name is new to the text when it is applied (a test of the data); no score changed.
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

FROST_WELL: list[Case] = []
FROST_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- local government: a county rations road salt after its supplier falls short -------------
_SALT_CONTRACT = (
    "A contract summary presented at the meeting shows the county ordered 18,000 tons of rock salt "
    "from Lakeshore Mineral Supply in June and had received 9,400 tons by Jan. 5. Crews have "
    "spread 7,100 tons so far this season.\n\n"
)
_SALT = _article(
    """
    Yarnstead County rations road salt after supplier delivers half its order

    Yarnstead County will salt only main roads and school bus routes for the rest of the winter
    after its supplier delivered barely half its order, the county's highway superintendent told
    commissioners on Tuesday.

    "We're plowing the side streets but not salting them, and people need to drive like it," said
    Ferris Oakenfold, who has run the highway department for nine years. "Better to say
    that now than after somebody slides through an intersection."

    A contract summary presented at the meeting shows the county ordered 18,000 tons of rock salt
    from Lakeshore Mineral Supply in June and had received 9,400 tons by Jan. 5. Crews have spread
    7,100 tons so far this season.

    Commissioner Dolores Scholtenberg criticized the supplier, saying it had "sold the same salt
    twice" to bigger cities willing to pay more.

    Dr. Anjali Vashisht, a transportation engineer at Keswin State University who studies winter
    road maintenance, called focusing salt on the busiest roads a defensible choice. "Brine on the
    arterials does most of the safety work, and side streets carry less traffic at lower speeds,"
    she said.

    Gordon Pelletreau, a spokesman for Lakeshore Mineral, said in an email that flooding at one of
    its mines had cut output by a third and that every customer had received the same share of its
    order.

    Nadia Brezinski, who drives a school bus in the hilly north end, said the main routes had been
    fine. "It's the last half-mile to the kids' driveways that scares me," she said.
    """
)
FROST_WELL.append(
    _case(
        "road_salt_rationed",
        "well",
        _SALT,
        _down(
            "named_to_anonymous",
            (
                "Nadia Brezinski, who drives a school bus in the hilly north end, said",
                "One bus driver said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                'Commissioner Dolores Scholtenberg criticized the supplier, saying it had "sold '
                'the same salt twice" to bigger cities willing to pay more.',
                "The supplier sold the same salt twice, to bigger cities willing to pay more.",
            ),
        ),
        _down("documents_removed", _remove(_SALT_CONTRACT)),
        _down(
            "speculation_added",
            _after(
                "had received the same share of its order.",
                "Some in the county suspect the shortage has less to do with flooding than with "
                "who was prepared to pay the most.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "to bigger cities willing to pay more.",
                "Invoices from neighboring Mallender County, released under a public records "
                "request, show Lakeshore charged it $96 a ton in December, against the $71 a ton "
                "written into Yarnstead's contract.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "had received the same share of its order.",
                "Leonie Ostrowe, a commodities analyst at Quarryline Research who follows the "
                "road salt market, said a flooded salt mine can take three to six months to pump "
                "dry and bring back to full production.",
            ),
        ),
        _rename(
            "names",
            ("Yarnstead", "Colvendale"),
            ("Ferris", "Merle"),
            ("Oakenfold", "Hazeldine"),
            ("Dolores Scholtenberg", "Marianne Fetterly"),
            ("Lakeshore", "Granitefall"),
            ("Anjali Vashisht", "Sunita Raghavan"),
            ("Keswin", "Ottersby"),
            ("Gordon Pelletreau", "Warren Scardifield"),
            ("Nadia Brezinski", "Tamsin Vogelsang"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("for nine years", "for eleven years")),
    )
)

# --- cost of living: heating oil prices leap in a hill valley (British) ----------------------
_OIL_LOG = (
    "The Cradlestow and District Oil Club, which buys on behalf of 340 homes, was quoted 71p a "
    "litre on Monday, against 54p the Monday before, according to the price log it publishes for "
    "its members.\n\n"
)
_OIL = _article(
    """
    Heating oil price leaps by almost a third in a week as the frost sets in

    Households around Cradlestow that heat with oil are paying almost a third more than a week ago,
    and some say they are rationing the heating.

    The Cradlestow and District Oil Club, which buys on behalf of 340 homes, was quoted 71p a litre
    on Monday, against 54p the Monday before, according to the price log it publishes for its
    members.

    "People are ordering 500 litres instead of a full tank and hoping the frost breaks," said Bryony
    Tresilian, who has run the club as a volunteer for six years. "Some of our older members are
    heating one room and going to bed at eight."

    Tresilian accused Marchlight Fuels, the only distributor that delivers to the valley, of
    "charging what it likes because nobody else will come up the hill".

    Professor Evan Glyndower, an energy economist at the University of Glanferry, said wholesale
    prices had risen about 9 per cent over the same period. "A jump of that size at the tank is hard
    to explain by wholesale costs alone, though delivering on icy lanes does cost more," he said.

    Marchlight's operations director, Harriet Gatenby, said prices reflected wholesale costs, driver
    overtime and a fleet stretched by a surge in orders. She said the company had not turned down a
    single delivery.

    Gwilym Tudwal, 82, a retired shepherd, said his tank was a quarter full. "I've lived through
    worse winters, but I've never paid so much to get through one," he said.
    """
)
FROST_WELL.append(
    _case(
        "heating_oil_price_leap",
        "well",
        _OIL,
        _down(
            "named_to_anonymous",
            ("Gwilym Tudwal, 82, a retired shepherd, said", "One pensioner said"),
        ),
        _down(
            "attribution_removed",
            (
                "Tresilian accused Marchlight Fuels, the only distributor that delivers to the "
                'valley, of "charging what it likes because nobody else will come up the hill".',
                "Marchlight Fuels, the only distributor that delivers to the valley, charges what "
                "it likes because nobody else will come up the hill.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_OIL_LOG),
            (
                "who has run the club as a volunteer",
                "who has run a village oil-buying club as a volunteer",
            ),
        ),
        _down(
            "speculation_added",
            (
                "had not turned down a single delivery.",
                "had not turned down a single delivery, although some in the valley suspect the "
                "bigger farms are quietly being served first.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'heating one room and going to bed at eight."',
                "Dr Morwenna Keast, who researches fuel poverty at Pengarth University, said older "
                "people who ration their heating through a cold snap face a higher risk of falls, "
                "strokes and chest infections.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'though delivering on icy lanes does cost more," he said.',
                "Government figures published on Wednesday put the national average price of "
                "heating oil at 63p a litre.",
            ),
        ),
        _rename(
            "names",
            ("Cradlestow", "Cwmderwen"),
            ("Bryony", "Carys"),
            ("Tresilian", "Trewhella"),
            ("Marchlight", "Hillfoot"),
            ("Evan Glyndower", "Iolo Gwynfor"),
            ("Glanferry", "Aberllyn"),
            ("Harriet Gatenby", "Nerys Cadwaladr"),
            ("Gwilym Tudwal", "Emrys Llewer"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("340 homes", "360 homes")),
    )
)

# --- health: flu patients wait in hospital hallways as the season starts early ---------------
_FLU_REPORT = (
    "The county health department's weekly surveillance report, published Friday, counts 412 "
    "laboratory-confirmed flu hospitalizations so far this season, more than double the 187 "
    "recorded by the same point last winter.\n\n"
)
_FLU = _article(
    """
    Flu patients wait in hallways as early winter surge swamps Morrowgate hospital

    Patients with influenza are waiting as long as 30 hours for a bed at Morrowgate Regional
    Medical Center, and some are being treated on stretchers in hallways, nurses told reporters
    on Wednesday.

    "We had 14 people lined up in the hallway at 3 a.m. on Sunday and two nurses to look after
    them," said Renata Szebenyi, an emergency room nurse who leads the hospital's chapter of the
    Vellamy Nurses Association. "That is not safe, and management knows it."

    The county health department's weekly surveillance report, published Friday, counts 412
    laboratory-confirmed flu hospitalizations so far this season, more than double the 187
    recorded by the same point last winter.

    The union accused the hospital of leaving 60 nursing positions unfilled to hold down costs.

    Dr. Colm Ruane, an epidemiologist at the Ashmarten School of Public Health who tracks
    respiratory viruses, said the season had started about three weeks earlier than usual. "The
    H3N2 strain that's dominating tends to hit older adults hardest, and they're the ones who end
    up admitted," he said.

    Pamela Outridge, the hospital's chief nursing officer, said in a statement that a 16-bed
    overflow unit had opened Monday and that nurses were being paid bonuses for extra shifts. She
    said offers had gone out for 38 of the vacant positions.

    Theo Brashear, whose 79-year-old mother spent a night on a stretcher there, said the staff had
    been kind but stretched thin. "Nobody ignored her. There just wasn't anywhere to put her," he
    said.
    """
)
FROST_WELL.append(
    _case(
        "flu_patients_in_hallways",
        "well",
        _FLU,
        _down(
            "named_to_anonymous",
            (
                "Theo Brashear, whose 79-year-old mother spent a night",
                "A man whose elderly mother spent a night",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The union accused the hospital of leaving 60 nursing positions unfilled to hold "
                "down costs.",
                "The hospital has left 60 nursing positions unfilled to hold down costs.",
            ),
        ),
        _down("documents_removed", _remove(_FLU_REPORT)),
        _down(
            "speculation_added",
            _after(
                'That is not safe, and management knows it."',
                "The hospital may soon have little choice but to start canceling planned "
                "surgeries.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "unfilled to hold down costs.",
                "Dr. Mireille Castagnet, a health economist at Duquaine University who studies "
                "hospital staffing, said patients boarded in hallways tend to stay longer and "
                "suffer more medication errors than those admitted straight to a ward.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "unfilled to hold down costs.",
                "Staffing reports the hospital files with the state show it employed 9 percent "
                "fewer bedside nurses in December than it did two years earlier.",
            ),
        ),
        _rename(
            "names",
            ("Morrowgate", "Mirrowfield Falls"),
            ("Renata Szebenyi", "Lucinda Kwiatkoski"),
            ("Vellamy", "Tristate"),
            ("Colm Ruane", "Desmond Vrieslander"),
            ("Ashmarten", "Kenniston"),
            ("Pamela Outridge", "Beverly Stanchfield"),
            ("Theo Brashear", "Roland Quimby"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("We had 14 people", "We had 15 people")),
    )
)

# --- housing: tower block tenants left without water after pipes freeze (British) ------------
_PIPES_LOG = (
    "Repair logs obtained by the tenants' association show a broken heater in the riser cupboard "
    "was reported on 14 November and again on 2 December, and both jobs were marked "
    '"awaiting parts".\n\n'
)
_PIPES = _article(
    """
    Tower block tenants left without water after pipes freeze in the cold snap

    More than 60 households in a Kilnhurst tower block have had no running water since Friday after
    pipes in an unheated service shaft froze and split, tenants said on Wednesday.

    "I'm carrying bottles up eleven flights because the lift keeps breaking too," said Marisol
    Treadaway, 34, who lives on the top floor of Larchway Court with her two children. "We told them
    that shaft was freezing back in November."

    Repair logs obtained by the tenants' association show a broken heater in the riser cupboard was
    reported on 14 November and again on 2 December, and both jobs were marked "awaiting parts".

    "This was not bad luck. It was a repair that nobody did," said Tunde Akinwale, who chairs the
    Larchway Court Tenants' Association. He said the landlord had ignored two warnings.

    A pensioner on the fourth floor, who did not want to be named, said she had been washing with a
    kettle.

    Dr Fenella Corrigal, a building services engineer at Harthill University, said exposed pipes in
    an unheated shaft can freeze within hours below minus 5C. "Lagging costs a few hundred pounds. A
    burst riser costs tens of thousands," she said.

    Orchard Vale Homes, which owns the block, said in a statement that engineers had replaced 40
    metres of pipe and expected supply back by Thursday evening. Its head of repairs, Alistair
    Dunwoody, said the landlord "regrets the distress caused" and was looking into why the heater
    had not been fixed.
    """
)
FROST_WELL.append(
    _case(
        "tower_block_pipes_frozen",
        "well",
        _PIPES,
        _down(
            "named_to_anonymous",
            (
                "said Marisol Treadaway, 34, who lives on the top floor of Larchway Court with "
                "her two children.",
                "said one mother who lives in the block.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "He said the landlord had ignored two warnings.",
                "The landlord ignored two warnings.",
            ),
        ),
        _down("documents_removed", _remove(_PIPES_LOG)),
        _down(
            "speculation_added",
            _after(
                "washing with a kettle.",
                "Others in the block believe the repair would have been done weeks ago if the "
                "tower stood in a wealthier part of town.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A pensioner on the fourth floor, who did not want to be named, said",
                "Edna Thwaitesby, 77, who lives on the fourth floor, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "washing with a kettle.",
                "Council records show its environmental health team received 23 complaints about "
                "cold and damp in the block last winter, more than for any other building it "
                "inspects.",
            ),
        ),
        _rename(
            "names",
            ("Kilnhurst", "Marlpit Cross"),
            ("Marisol Treadaway", "Kerry-Ann Foulsham"),
            ("Larchway", "Guillemot"),
            ("Tunde Akinwale", "Emeka Ezeagwu"),
            ("Fenella Corrigal", "Ruth Ellerdine"),
            ("Harthill", "Wendlebury"),
            ("Orchard Vale", "Riverbank"),
            ("Alistair Dunwoody", "Graham Stobart"),
        ),
        _rename("weekday", ("Friday", "Saturday")),
        _same("minor_number", ("replaced 40", "replaced 45")),
    )
)

# --- environment: a ski area pumps a river for snowmaking below its permit limit -------------
_SNOW_REPORTS = (
    "Withdrawal reports the resort filed with the state Department of Environmental Quality show "
    "it pumped up to 2.8 million gallons a day in December, while a gauge below its intake "
    "recorded flows under 14 cubic feet per second, the permit's cutoff, on nine of those days.\n\n"
)
_SNOW = _article(
    """
    Ski area kept pumping for snow as river ran below its limit, records show

    The Ptarmigan Ridge ski area kept drawing water from the Tenmile Fork for snowmaking on days
    last month when the river ran below the minimum its permit allows, according to state records
    reviewed by the Tenmile Clarion.

    Withdrawal reports the resort filed with the state Department of Environmental Quality show it
    pumped up to 2.8 million gallons a day in December, while a gauge below its intake recorded
    flows under 14 cubic feet per second, the permit's cutoff, on nine of those days.

    "They're freezing the river and spraying it on a hillside while the trout sit in puddles," said
    Wendell Kroeber, conservation chair of the Upper Tenmile Anglers' League.

    Kroeber accused state regulators of looking the other way because the resort is the county's
    largest employer.

    Dr. Ingrid Haugsrud, a fisheries biologist at Pinewick College who has surveyed the Tenmile for
    a decade, said low winter flows let anchor ice form on the streambed, smothering trout eggs.
    "This is the worst time of year to draw from a small river," she said.

    Cassidy Orlowe, Ptarmigan Ridge's general manager, said the resort had relied on a gauge reading
    that was later revised and stopped pumping once it learned of the error. "We depend on that
    river more than anybody. We have no interest in hurting it," she said.

    Arturo Venables, a spokesman for the department, said Friday that staff were reviewing the
    reports and had not decided whether to issue a violation notice.
    """
)
FROST_WELL.append(
    _case(
        "snowmaking_river_withdrawals",
        "well",
        _SNOW,
        _down(
            "named_to_anonymous",
            (
                "Arturo Venables, a spokesman for the department, said",
                "A department official, who was not authorized to speak publicly, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Kroeber accused state regulators of looking the other way because the resort is "
                "the county's largest employer.",
                "State regulators have looked the other way because the resort is the county's "
                "largest employer.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_SNOW_REPORTS),
            (", according to state records reviewed by the Tenmile Clarion.", "."),
        ),
        _down(
            "speculation_added",
            _after(
                "whether to issue a violation notice.",
                "There is talk along the river that the resort has done the same in earlier "
                "winters and simply never been caught.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "the permit's cutoff, on nine of those days.",
                "Maren Holquist, a hydrologist at Pinewick College's watershed institute, said "
                "gauges on small mountain streams are often thrown off by ice in winter, which is "
                "why readings are usually checked by hand before water is drawn.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'We have no interest in hurting it," she said.',
                "The state's published record for the gauge shows the reading was corrected on "
                "Jan. 9, nearly three weeks after the low flows began.",
            ),
        ),
        _rename(
            "names",
            ("Ptarmigan Ridge", "Goshawk Basin"),
            ("Tenmile", "Elkhorn"),
            ("Clarion", "Record-Herald"),
            ("Wendell", "Lyman"),
            ("Kroeber", "Pettersen"),
            ("Ingrid Haugsrud", "Solveig Brekke"),
            ("Pinewick", "Aspenvale"),
            ("Cassidy Orlowe", "Brynn Mackintyre"),
            ("Arturo Venables", "Esteban Arriaza"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("2.8 million gallons", "2.7 million gallons")),
    )
)

# --- utilities: an ice storm's long outages and a cooperative's tree trimming ----------------
_ICE_AUDIT = (
    "A 2022 audit by the state Public Service Commission found the cooperative had cleared trees "
    "along only 41 percent of its lines on the five-year cycle it had promised, and recommended "
    "that it double its trimming budget.\n\n"
)
_ICE = _article(
    """
    Ice storm outages drag on, and questions turn to the trees

    Nearly 11,000 members of the Kettlerock Electric Cooperative were still without power on
    Saturday, four days after an ice storm brought down trees and lines across three counties, the
    cooperative said.

    "We have 140 line workers out there, and we won't stop until the last house is back on," said
    Delbert Amundrud, the cooperative's chief executive.

    A 2022 audit by the state Public Service Commission found the cooperative had cleared trees
    along only 41 percent of its lines on the five-year cycle it had promised, and recommended that
    it double its trimming budget.

    State Rep. Lorena Tveitnes, whose district includes the hardest-hit towns, said the co-op had
    "ignored its own regulator and left rural members to pay the price." She said many of the lines
    that failed ran through stands of dead ash that should have been cut years ago.

    Dr. Wilbur Ochsendorf, a power systems engineer at Redwillow Technical University who studies
    storm damage, said half an inch of ice can snap branches that would survive a windstorm.
    "Trimming doesn't make a grid ice-proof, but it is the cheapest protection there is," he said.

    Amundrud said trimming spending had risen 30 percent since the audit and disputed that the co-op
    had ignored the commission's recommendations.

    At a warming center in the Birchcreek Township fire hall, Joanne Wickersham, 68, said she had
    spent two nights in her car with the engine running. "The firemen said that was dangerous, so
    now I'm here," she said.
    """
)
FROST_WELL.append(
    _case(
        "ice_storm_outages",
        "well",
        _ICE,
        _down(
            "named_to_anonymous",
            (
                "State Rep. Lorena Tveitnes, whose district includes the hardest-hit towns, said",
                "One state lawmaker said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "She said many of the lines that failed ran through stands of dead ash",
                "Many of the lines that failed ran through stands of dead ash",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_ICE_AUDIT),
            ("since the audit", "in recent years"),
            ("the commission's recommendations", "its regulator"),
        ),
        _down(
            "speculation_added",
            (
                "across three counties, the cooperative said.",
                "across three counties, the cooperative said, and it could well be next week "
                "before the last of them are reconnected.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "that should have been cut years ago.",
                "Outage reports the cooperative has filed with the commission show falling trees "
                "or limbs caused 63 percent of the failures logged so far.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "ignored the commission's recommendations.",
                "Hollis Gunderlach, a forester with the state extension service who has advised "
                "utilities on ash die-off, said dead ash turns brittle within two or three years "
                "and is among the first trees to fail under ice.",
            ),
        ),
        _rename(
            "names",
            ("Kettlerock", "Prairie Hollow"),
            ("Delbert", "Verne"),
            ("Amundrud", "Stoltenow"),
            ("Lorena Tveitnes", "Margit Engebretsen"),
            ("Wilbur Ochsendorf", "Clement Utterbach"),
            ("Redwillow", "Ironwater"),
            ("Birchcreek", "Muskrat Bend"),
            ("Joanne Wickersham", "Darlene Kubiak"),
        ),
        _rename("weekday", ("Saturday", "Sunday")),
        _same("minor_number", ("140 line workers", "150 line workers")),
    )
)

# --- business: Christmas parcels pile up at a depot after couriers' pay is cut (British) -----
_PARCEL_ROTA = (
    "An internal rota seen by the Alderbeck Chronicle lists 27 drivers at the depot for the week "
    "before Christmas, against 41 in the same week last year.\n\n"
)
_PARCELS = _article(
    """
    Christmas parcels pile up at Alderbeck depot as couriers walk away

    Thousands of Christmas parcels have been stuck for up to ten days at a delivery depot in
    Alderbeck, with drivers saying the company has lost a third of its self-employed couriers since
    cutting what it pays per drop.

    "There were cages stacked to the ceiling on Monday morning, maybe 30,000 parcels, and twelve of
    us to take them out," said Callum Ferriby, who has driven for Swiftlark Logistics from the depot
    for four years. "I get 68p a parcel now. It was 95p in the summer."

    An internal rota seen by the Alderbeck Chronicle lists 27 drivers at the depot for the week
    before Christmas, against 41 in the same week last year.

    A second driver, who asked not to be named because she feared losing her round, said some
    customers had been sent "delivered" messages for parcels still sitting in the depot.

    Maureen Pendlebeck, who manages the town's consumer advice centre, said it had logged 212
    complaints about Swiftlark since 1 December, compared with 19 in the whole of November.

    Dr Ravi Soundarajan, who researches gig work at Pelmouth University's business school, called
    cutting per-parcel rates at peak season "a false economy". "Couriers can switch apps in an
    afternoon. When the rate drops, the experienced ones leave first," he said.

    Swiftlark said in a statement that a "small number" of routes were delayed, that rates reflected
    route density and that agency drivers had been brought in. It did not say how many parcels were
    waiting.
    """
)
FROST_WELL.append(
    _case(
        "christmas_parcels_stuck",
        "well",
        _PARCELS,
        _down(
            "named_to_anonymous",
            (
                "said Callum Ferriby, who has driven for Swiftlark Logistics from the depot for "
                "four years.",
                "said one driver who works for Swiftlark Logistics from the depot.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "A second driver, who asked not to be named because she feared losing her round, "
                'said some customers had been sent "delivered" messages',
                'Some customers have been sent "delivered" messages',
            ),
        ),
        _down("documents_removed", _remove(_PARCEL_ROTA)),
        _down(
            "speculation_added",
            _after(
                "It did not say how many parcels were waiting.",
                "Many shoppers fear their presents will not turn up before Christmas at all.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A second driver, who asked not to be named because she feared losing her round, "
                "said",
                "A second driver, Shona Drennagh, 29, who has a round on the town's east side, "
                "said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "compared with 19 in the whole of November.",
                "Accounts Swiftlark filed in October show it cut its spending on drivers by 18 per "
                "cent in the first half of the year while the number of parcels it handled rose.",
            ),
        ),
        _rename(
            "names",
            ("Alderbeck", "Cawsfield"),
            ("Callum Ferriby", "Jamie Lockerbie"),
            ("Swiftlark", "Bluewren"),
            ("Maureen Pendlebeck", "Pauline Heskin"),
            ("Ravi Soundarajan", "Anil Chaudhury"),
            ("Pelmouth", "Cobhaven"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("logged 212", "logged 214")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- odd news: paw prints in the snow and a big cat on the moor (British) --------------------
_PRINTS = _article(
    """
    Paw prints in the snow revive talk of a big cat on the moor

    Large paw prints found in fresh snow near Brackenhope at the weekend have revived old stories
    that a big cat roams the moor, and some walkers say they will no longer go up there alone.

    The prints were said to be the size of a man's hand and to run for hundreds of yards along a
    wall before vanishing. Some say they showed no claw marks, which believers claim rules out a
    dog.

    "I know what a dog's print looks like, and that wasn't one," said a man who walks the footpath
    most mornings.

    Sightings have reportedly risen for years. One farmer is supposed to have lost three lambs last
    spring, and there are whispers that a black animal was caught on a trail camera, though nobody
    seems to have seen the footage.

    It is widely believed locally that a panther or puma was let loose by a private collector
    decades ago, when keeping such animals was still legal, and that its descendants are still out
    there.

    Others are less sure. Some reckon the prints were left by a big dog and then spread as the snow
    thawed and froze again. A few suspect someone with a sense of humour and a pair of home-made
    stamps.

    There is talk of a group heading up with cameras after the next snowfall, and some say a
    television crew has been asking questions in the pub.

    Whatever left the tracks, the thaw has already taken them.
    """
)
FROST_WEAK.append(
    _case(
        "big_cat_prints_in_snow",
        "weak",
        _PRINTS,
        _up(
            "anonymous_named",
            (
                "said a man who walks the footpath most mornings.",
                "said Desmond Achurch, 58, a retired gamekeeper who walks the footpath most "
                "mornings.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nobody seems to have seen the footage.",
                "The estate that manages the moor, which is said to own the camera, was asked "
                "about the footage and did not reply.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "which believers claim rules out a dog.",
                "Police records released to the Moorside Weekly list 14 reported big cat "
                "sightings in the area over the past decade, none of them confirmed.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "and froze again.",
                "Dr Philippa Ansford, a zoologist at Wyvernham University who studies mammal "
                "tracks, said a fox or dog print left in soft snow can double in size within a day "
                "as its edges melt, and that dogs do not always leave claw marks.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "still out there.",
                "Some fear the animal may be venturing closer to the village as the weather "
                "worsens.",
            ),
        ),
        _rename("names", ("Brackenhope", "Scarthdale Edge")),
        _same("minor_number", ("three lambs", "four lambs")),
    )
)

# --- community: talk that a town's holiday parade is on the chopping block -------------------
_PARADE = _article(
    """
    Talk swirls that Glennerby's holiday parade is on the chopping block

    Word has been going around Glennerby that this year's holiday parade could be the last, and
    some downtown merchants are already bracing for a quieter December.

    Nobody seems sure where the rumor started. Some say the town is short of money after an
    expensive repaving project. Others have heard the insurance bill for the event has tripled,
    though no one could say who had actually seen it.

    "I heard it from somebody who would know. They're pulling the plug," said one shop owner on
    Main Street, who did not want her name used.

    There is speculation that a private company could take the parade over and charge admission,
    an idea that has gone down badly in local social media groups.

    It is said that the float builders have not been asked to start work, which in past years
    began by October. Several people claim the fire department no longer wants to close the
    highway for the afternoon.

    Others think the whole thing has been blown out of proportion. "Every year somebody says it's
    canceled, and every year Santa shows up," one longtime resident said.

    Still, the worry seems real. The parade has run for more than 50 years and reportedly draws
    thousands of visitors, and a few families who usually drive in from nearby towns are said to
    have made other plans already.

    For now, downtown is decorated as usual, and the lights went up on the old courthouse as they
    always do.
    """
)
FROST_WEAK.append(
    _case(
        "holiday_parade_rumor",
        "weak",
        _PARADE,
        _up(
            "anonymous_named",
            (
                "said one shop owner on Main Street, who did not want her name used.",
                "said Bettina Vanderhoof, who owns a gift shop on Main Street.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "no longer wants to close the highway for the afternoon.",
                "Town Manager Curtis Ambersley did not return calls seeking comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "after an expensive repaving project.",
                "The town's draft budget for next year, posted on its website, sets aside "
                "$18,000 for the parade, the same amount as this year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "though no one could say who had actually seen it.",
                "Ramona Delahunty, who studies festivals and small-town tourism at Tallmadge "
                "State University, said liability premiums for street events in the region have "
                "risen by 20 to 40 percent over the past two years.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "which in past years began by October.",
                "which in past years began by October, and which may mean the decision has "
                "already been made quietly.",
            ),
        ),
        _rename("names", ("Glennerby", "Dornacre Junction")),
        _same("minor_number", ("more than 50 years", "more than 60 years")),
    )
)

# --- schools: a winter bug empties primary classrooms and parents swap rumours (British) -----
_BUG = _article(
    """
    Parents swap stories as winter bug empties classrooms at Ollerbrook school

    Half-empty classrooms at a primary school in Ollerbrook have set off a flurry of worried
    messages among parents this week, with rumours that a nasty new strain of flu is doing the
    rounds.

    Some parents say as many as half the pupils in one year group were off on the same day. Others
    claim that teachers have been struck down too, and that supply staff are covering several
    classes at once.

    "My daughter says there were only eight of them in her class on Tuesday. Nobody is telling us
    anything," said one mother waiting at the school gates.

    There are suggestions that the illness spread at the school's Christmas fair, when hundreds of
    families crowded into the hall. Some have heard it is a stomach bug rather than flu, and one
    rumour doing the rounds online is that the school will close early for the holidays.

    Others believe the heating has been off in some classrooms, leaving children cold and run
    down, although that could not be confirmed.

    "People are panicking over nothing. It's winter, and kids get ill," said a grandfather
    collecting two children.

    It is understood that a number of families are keeping children at home to be on the safe
    side, which may only make the classrooms look emptier.

    Whatever is going around, parents say they would like to hear something, and soon, before the
    term ends.
    """
)
FROST_WEAK.append(
    _case(
        "school_winter_bug",
        "weak",
        _BUG,
        _up(
            "anonymous_named",
            (
                "said one mother waiting at the school gates.",
                "said Leanne Cawthorne, 36, whose daughter is in Year 4.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "although that could not be confirmed.",
                "The school's head teacher, Gillian Ravenscroft, did not respond to emails asking "
                "about absence levels and the heating.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "a nasty new strain of flu is doing the rounds.",
                "Figures published on Thursday by the county's public health team show GP "
                "consultations for flu-like illness in the area rose by a third in a week.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "will close early for the holidays.",
                "Dr Oluwaseun Fagbemiro, a consultant in paediatric infectious diseases at "
                "Kingsbarrow Hospital, said flu and norovirus both spread quickly through primary "
                "schools in December and can usually be told apart by their symptoms.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "leaving children cold and run down, although",
                "leaving children cold and run down and perhaps more likely to catch whatever is "
                "going around, although",
            ),
        ),
        _rename("names", ("Ollerbrook", "Dimmock Marsh")),
        _rename("weekday", ("Tuesday", "Monday")),
    )
)

# --- city services: whispers that snowplows clear officials' streets first -------------------
_PLOWS = _article(
    """
    After first big snow, whispers that plows clear officials' streets first

    After the first big snowstorm of the winter, a familiar complaint is making the rounds in
    Ravensbrook Heights: that the plows always seem to find certain streets first.

    Some residents on the east side say their roads went untouched for two days while cul-de-sacs
    in the hills, where several city officials are said to live, were cleared by breakfast.

    "Funny how my street is always last and the councilman's is always first," said a man digging
    out his driveway on the east side.

    There are rumors that plow drivers have been told privately to look after certain
    neighborhoods, though no one seems to know who supposedly gave the order. Others say the city
    simply does not have enough drivers and the east side just drew the short straw.

    It is also being said that two of the city's plows have sat in the garage since November
    because nobody will sign off on the repairs.

    A woman who described herself as a former city employee claimed the routes have not changed in
    twenty years. "Everybody knows how it works," she said, without explaining.

    Some neighbors are reportedly talking about packing the next council meeting, and a petition
    is said to be circulating, though it was unclear how many people had signed.

    With more snow in the forecast for the weekend, the east side may soon find out whether
    anything has changed.
    """
)
FROST_WEAK.append(
    _case(
        "snowplow_favoritism",
        "weak",
        _PLOWS,
        _up(
            "anonymous_named",
            (
                "said a man digging out his driveway on the east side.",
                "said Hector Anzaldua, 51, who was digging out his driveway on the east side.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "just drew the short straw.",
                "Public Works Director Loretta Mannheimer did not respond to phone messages and "
                "an email seeking comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "were cleared by breakfast.",
                "The city's snow route map, posted on its website, lists the hill neighborhoods as "
                "priority routes because of their grades, and most east side streets as second "
                "priority.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "just drew the short straw.",
                "Theodore Wenzlaff, who studies municipal snow operations at Wallingtree "
                "University, said most cities plow hospital routes, bus lines and steep grades "
                "first, which can put hillside streets near the top of the list.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "though it was unclear how many people had signed.",
                "If the next storm goes the same way, it could cost somebody their seat.",
            ),
        ),
        _rename("names", ("Ravensbrook Heights", "Foxhollow Rise")),
        _same("minor_number", ("two of the city's plows", "three of the city's plows")),
    )
)

# --- outdoors: tales of a fall through the ice on a frozen mere (British) --------------------
_MERE = _article(
    """
    Tales of a rescue on the frozen mere spread, but nobody can pin them down

    Stories that a young man fell through the ice on Ulverthwaite Mere late on Saturday night and
    was dragged out by his friends have spread quickly around the village, though the details
    seem to change with every telling.

    Some say he had been skating; others that he walked out for a bet. According to one version he
    was in the water for ten minutes; in another, he barely got his legs wet.

    "My neighbour's lad was there. He said they got him out with a scarf and a branch," said a
    woman walking her dog along the shore.

    Several people claim an ambulance was seen on the lane in the early hours, though others
    insist it was there for something else entirely.

    There have long been rumours that a spring under the middle of the mere keeps the ice thin, and
    older villagers like to say that the water "takes one every few winters".

    Despite all the talk, skaters were back on the ice on Sunday afternoon, and a few suggested the
    story had grown in the telling. "People have been skating here since before any of us were
    born," said one man as he laced his boots.

    Nobody seems to know who the young man was, or whether he is all right. He is thought to be
    from out of the area.

    The cold snap is expected to last into next week, and with it, no doubt, the stories.
    """
)
FROST_WEAK.append(
    _case(
        "frozen_mere_rescue_tales",
        "weak",
        _MERE,
        _up(
            "anonymous_named",
            (
                "said a woman walking her dog along the shore.",
                "said Janet Ellerthorpe, 63, who was walking her dog along the shore.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'takes one every few winters".',
                "The estate that owns the mere, which has put up no warning signs on the shore, "
                "did not respond to a request for comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "something else entirely.",
                "Readings from the village weather station show the temperature has stayed below "
                "freezing since 3 January, which gives the ice only nine days to form.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "with every telling.",
                "Dr Gareth Illingsworth, a physicist at Hawksmoor University who studies lake ice, "
                "said ice on a shallow mere needs to be at least 10cm thick to bear a skater, and "
                "is often thinner near springs and inflows.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "He is thought to be from out of the area.",
                "He is thought to be from out of the area, and may well have been hurt worse than "
                "anyone is letting on.",
            ),
        ),
        _rename("names", ("Ulverthwaite", "Mossgill")),
        _rename("weekday", ("Saturday", "Friday"), ("Sunday", "Saturday")),
    )
)

FROST_CASES: tuple[Case, ...] = tuple(FROST_WELL + FROST_WEAK)
