"""Spring set: 40 annotated news passages, a ninth set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes), after the
winter set, without running the extractor, the scorer, the CLI, the tests or the evaluation on
the passages, without reading the extractor's code, features, models or lexicons, and without
reading the other sets' passages (only the opening two entries of the winter set, for the format).
Like the late, last and winter sets it is weighted toward ordinary copy rather than hard cases:
routine wire and newspaper stories of four to eight sentences across many beats (courts,
politics, health, science, business, markets, sport, local government, foreign news,
technology, weather, culture, education, crime, environment, transport, labour, housing, food
safety, aviation, religion, agriculture, energy, defence, an obituary, shipping, tourism, the
media), in British and American spelling, with straight and curly quotes. Spread through them
are named sources in the ordinary shapes (name then role, role then name, role and name in
apposition, "Dr." and "Dr", "Ms." and "Ms", "Sen.", "Rep.", "Sgt.", "Cllr", "Professor", "the
Rev.", ages, inverted "said X"), later references by surname ("Achterberg said", "Cllr
Etheridge", "Winslow-Abe said") and by role ("the inspector", "The judge", "The bishop", "the
mayor", "the sergeant"); expert credentials after the name, before it ("Harcourt Institute
energy economist", "Independent security researcher") and as relative clauses about research or
experience ("who studies freshwater ecosystems at ...", "who has inspected cargo ships for 25
years", "who teaches housing law at ..."); other outlets cited as subject of "reported" (with
"citing"), after "according to", with "told", "wrote in", "in an interview with", "first
reported by", "seen by", "obtained by", "quoted by", as "state television" and "Local media",
and as later references ("the paper", "The paper", "The broadcaster"); unnamed and vague sources
(officials, diplomats, anonymity clauses, groups such as "Some residents", "Traders", "Tour
operators" and "Opponents", "a person familiar with the investigation", "two people briefed on
the plans", "One worker on the picket line" and "Another", "one of the people", unnamed
spokespeople who make a statement); hedges (modals, "likely", "probably", "reportedly",
"allegedly", "is expected to", "is believed to", "are understood to", "is thought to", "appears
to", "seem", "We believe", "It is unclear", "are uncertain", "rumours that"); and distractors
that are not annotated (outlets named but not cited, journals studies appeared in, a lettings
platform's figures, a police report, titles of office without a statement, organisations
speaking for themselves, "citing" by a regulator, vague quantities such as "Some 4,000 homes"
and "some 2,000 people", "found no evidence", "declined to comment", "could not be reached for
comment", "was not available for comment", the month "May", people mentioned who do not speak,
"can" and "could" of ability, "should" of advice, "would" in reported speech, and pronoun
sources).

First measurement (2026-12-03, the extractors at commit 4e19839, before this set was read):
macro-F1 0.93 (named 0.92, expert 0.96, unnamed 0.93, media 0.88, hedges 0.97). Its errors
were then read and their classes fixed.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "spring-01",
        "A state appeals court in Brennock on Monday overturned the manslaughter "
        "conviction of a former nursing-home manager, ruling that jurors had heard "
        "improperly admitted evidence. Lorna Vetterli, 61, was convicted in 2023 over the "
        "death of a resident who wandered from the facility during a snowstorm. “The trial "
        "court let the jury hear speculation dressed up as fact,” Judge Ambrose Tallqvist "
        "wrote for the three-judge panel. Vetterli’s attorney, Reuben Castellane, said his "
        "client was “relieved beyond words.” The Kinnard County district attorney’s office "
        "may retry the case, a spokeswoman for the office said, adding that no decision "
        "had been made. Relatives of the resident could not be reached for comment.",
        (
            ("named_source", "Ambrose Tallqvist"),
            ("named_source", "Reuben Castellane"),
            ("hedge", "may"),
            ("anonymous_source", "a spokeswoman for the office"),
        ),
    ),
    Passage(
        "spring-02",
        "The Treasury will publish its long-delayed review of business rates before the "
        "summer recess, Chancellor Imogen Strathairn told MPs on Wednesday. Ms Strathairn "
        'said the review would "not be a tax cut by the back door", but conceded that some '
        'high streets were "in real trouble". Retailers have lobbied for months for '
        "relief, and the review is likely to propose a lower rate for small shops, "
        "according to two Treasury officials. The opposition's finance spokesman, Gareth "
        'Pennyfeather, said the delay had cost businesses "a year they did not have". The '
        "British Retail Forum said in a statement that it would study the proposals "
        "closely. The changes could shift more of the burden onto warehouses and online "
        "sellers, one backbench MP warned.",
        (
            ("named_source", "Imogen Strathairn"),
            ("named_source", "Ms Strathairn"),
            ("hedge", "is likely to"),
            ("anonymous_source", "two Treasury officials"),
            ("named_source", "Gareth Pennyfeather"),
            ("hedge", "could"),
            ("anonymous_source", "one backbench MP"),
        ),
    ),
    Passage(
        "spring-03",
        "Measles cases in Orrin County have climbed to 47 since late January, the county "
        "health department said Friday, the largest outbreak in the state in more than a "
        "decade. Most of those infected are children under 10 who had not been vaccinated. "
        '"We are not past the peak yet," said Dr. Halvard Ingersoll, the county\'s health '
        "officer. Dr. Temperance Oyelowo-Brandt, a pediatric infectious disease specialist "
        "at St. Columba Children's Hospital in Dunfallow, said the true number of cases "
        "was probably higher because mild infections often go unreported. Some parents "
        "have reportedly sought exemptions from a school vaccination order issued last "
        "week. The state health commissioner, Lionel Dufresne, is expected to visit the "
        "county on Tuesday.",
        (
            ("named_source", "Dr. Halvard Ingersoll"),
            ("named_source", "Dr. Temperance Oyelowo-Brandt"),
            (
                "expert_source",
                "a pediatric infectious disease specialist at St. Columba Children's Hospital",
            ),
            ("hedge", "probably"),
            ("hedge", "reportedly"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "spring-04",
        "Bumblebees exposed to low levels of a common fungicide forage less efficiently "
        "and return to the nest with smaller loads of pollen, a study has found. The "
        "research, published in the journal Pollinator Ecology Letters, tracked 40 "
        "colonies on farms around Stellbury over two summers. “The effect is subtle, but "
        "across a landscape it may add up,” said Professor Aurelia Fenwick-Oduya, an "
        "entomologist at the University of Stellbury who led the work. Dr Casimir "
        "Brandauer, who has studied pesticide exposure in wild bees for 15 years at the "
        "Harwick Agricultural Institute, said the findings were likely to prompt "
        "regulators to look again at mixtures of chemicals. The manufacturer of the "
        "fungicide, Tellisan Crop Sciences, said its products were safe when used as "
        "directed. The study found no evidence that affected colonies produced fewer "
        "queens.",
        (
            ("named_source", "Professor Aurelia Fenwick-Oduya"),
            ("expert_source", "an entomologist at the University of Stellbury"),
            ("hedge", "may"),
            ("named_source", "Dr Casimir Brandauer"),
            (
                "expert_source",
                "who has studied pesticide exposure in wild bees for 15 years at the Harwick "
                "Agricultural Institute",
            ),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "spring-05",
        "Grandell Outfitters, the outdoor-gear retailer based in Caddon Falls, is "
        "exploring a sale of its 212-store chain, a move first reported by the Harbor "
        "Street Journal. The company has hired an investment bank to sound out private "
        "equity buyers, according to two people familiar with the process, who spoke on "
        "condition of anonymity because the talks are private. A deal could value the "
        "chain at about $900 million including debt, one of the people said. Grandell’s "
        "chief executive, Marisol Kwiatek, told staff in a memo on Tuesday that “our focus "
        "remains on the spring season.” Shares of Grandell rose 11 percent in afternoon "
        "trading. Its largest shareholder, the pension fund Ardwell Teachers, declined to "
        "comment.",
        (
            ("media_source", "the Harbor Street Journal"),
            ("anonymous_source", "two people familiar with the process"),
            ("hedge", "could"),
            ("anonymous_source", "one of the people"),
            ("named_source", "Marisol Kwiatek"),
        ),
    ),
    Passage(
        "spring-06",
        "The pound slipped to a four-month low against the dollar on Thursday after "
        "weaker-than-expected retail sales figures, and the Albion 100 index of leading "
        "shares fell 0.8 per cent. Traders said the data had strengthened the case for an "
        'interest rate cut as early as June. "The market is now betting heavily on a cut," '
        "said Oriel Sandoval-Hythe, chief currency strategist at Pellworth Capital. "
        "Fenella Grozny, a senior economist at the Institute for Monetary Research, was "
        "more cautious, saying wage growth remained too strong for the central bank to "
        "move quickly and that a cut might not come until the autumn. Housebuilders were "
        "among the biggest fallers, with Tarrant Homes down 4 per cent. The central bank's "
        "governor, Desmond Futcher, is due to speak in Glenmarrow on Monday.",
        (
            ("anonymous_source", "Traders"),
            ("named_source", "Oriel Sandoval-Hythe"),
            ("expert_source", "chief currency strategist at Pellworth Capital"),
            ("named_source", "Fenella Grozny"),
            ("expert_source", "a senior economist at the Institute for Monetary Research"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "spring-07",
        "Ravensmoor Athletic have sacked their manager, Teodor Blakiston, after a run of "
        "nine league games without a win left the club one point above the relegation "
        "zone. The club said in a statement that first-team coach Ainsley Quarrie would "
        "take charge for Saturday’s trip to Dunmere. Blakiston, 52, told the Ravensmoor "
        "Echo on Sunday that he had “no regrets” and that the squad was “better than the "
        "table shows”. Several senior players are understood to have complained to the "
        "board about training methods, the paper reported. The former Ardmore "
        "international Cormac Ellery is believed to be the board’s preferred candidate, "
        "according to a source close to the club. Supporters’ trust chairman Hal Pinnegar "
        "said fans wanted “an appointment that shows ambition, not another gamble”.",
        (
            ("named_source", "Blakiston#2"),
            ("media_source", "the Ravensmoor Echo"),
            ("hedge", "are understood to"),
            ("media_source", "the paper"),
            ("hedge", "is believed to"),
            ("anonymous_source", "a source close to the club"),
            ("named_source", "Hal Pinnegar"),
        ),
    ),
    Passage(
        "spring-08",
        "Councillors in Tarrowby have voted to close two of the town's five public toilets "
        "and hand a third to a community group, in a bid to save £140,000 a year. The "
        'cabinet member for finance, Cllr Rosamund Etheridge, said the authority had "run '
        'out of painless options". Cllr Etheridge told the meeting that the remaining '
        "toilets would be refurbished and kept open longer in summer. Opposition "
        "councillor Bryn Atterbury said the decision would hit older residents and people "
        "with medical conditions hardest. Some residents said they had not been consulted. "
        "One shopkeeper on Fore Street said visitors already asked to use her toilet "
        '"several times a day". The changes may take effect from October, a council '
        "officer said.",
        (
            ("named_source", "Cllr Rosamund Etheridge"),
            ("named_source", "Cllr Etheridge"),
            ("named_source", "Bryn Atterbury"),
            ("anonymous_source", "Some residents"),
            ("anonymous_source", "One shopkeeper on Fore Street"),
            ("hedge", "may"),
            ("anonymous_source", "a council officer"),
        ),
    ),
    Passage(
        "spring-09",
        "Security forces in Dravenia detained at least 30 protesters in the capital, "
        "Velmor, on Saturday as demonstrations over fuel prices entered a second week, "
        "state television said. Interior Minister Kastor Velinov, quoted by the Dravenian "
        'news agency Prela, said the detainees had "attacked public property" and would '
        "face charges. Opposition leader Sanja Moravek said the arrests were an attempt to "
        "frighten people off the streets. Several thousand people marched again on Sunday, "
        "according to witnesses. The government is expected to announce a partial reversal "
        "of the fuel subsidy cuts this week, two diplomats in Velmor said. It was unclear "
        "how many of those detained had been released.",
        (
            ("media_source", "state television"),
            ("named_source", "Kastor Velinov"),
            ("media_source", "Prela"),
            ("named_source", "Sanja Moravek"),
            ("anonymous_source", "witnesses"),
            ("hedge", "is expected to"),
            ("anonymous_source", "two diplomats in Velmor"),
            ("hedge", "It was unclear"),
        ),
    ),
    Passage(
        "spring-10",
        "Pivotwell, the workplace messaging startup, plans to cut about 15 percent of its "
        "staff as it shifts engineers toward artificial intelligence products, according "
        "to an internal memo seen by TechGrid. The cuts would affect roughly 280 "
        "employees, mostly in sales and support, the memo said. In a post on the company "
        "blog, chief executive Anneliese Marchetti-Dowd wrote that the decision was "
        "“painful but necessary.” Two current employees, who asked not to be named because "
        "they were not authorized to speak publicly, said managers had been told weeks ago "
        "to prepare lists. The company may also close its office in Lindenmere, one of the "
        "employees said. Pivotwell raised $120 million last year at a valuation of $2.1 "
        "billion.",
        (
            ("media_source", "TechGrid"),
            ("named_source", "Anneliese Marchetti-Dowd"),
            ("anonymous_source", "Two current employees"),
            ("hedge", "may"),
            ("anonymous_source", "one of the employees"),
        ),
    ),
    Passage(
        "spring-11",
        "A late-season storm could bring up to 18 inches of snow to the Corbel Mountains "
        "by Wednesday, forecasters said Monday, and travel over Greywether Pass may become "
        'impossible. "This is a heavy, wet snow, and it is going to bring down trees and '
        'power lines," said Quentin Abernathy-Sole, a meteorologist with the weather '
        "service office in Fennimore. The storm appears to be tracking farther south than "
        "computer models showed over the weekend, he said. State transportation officials "
        "said plows would be out overnight but urged drivers to stay home. Some 4,000 "
        "homes lost power during a smaller storm in the same area last month. Schools in "
        "three districts have already announced closures for Tuesday.",
        (
            ("hedge", "could"),
            ("anonymous_source", "forecasters"),
            ("hedge", "may"),
            ("named_source", "Quentin Abernathy-Sole"),
            ("expert_source", "a meteorologist with the weather service office in Fennimore"),
            ("hedge", "appears to"),
            ("anonymous_source", "State transportation officials"),
        ),
    ),
    Passage(
        "spring-12",
        "The Kilverton Playhouse will stage its first production in three years when it "
        "reopens in September after a £6m restoration, the theatre announced on Tuesday. "
        "Its artistic director, Juno Stavridou, said the season would open with a new "
        "adaptation of a Victorian ghost story by the playwright Ottoline Gauci. “This "
        "building has waited a long time for an audience,” Ms Stavridou said. The theatre "
        "closed in 2021 after inspectors found crumbling plaster in the auditorium "
        "ceiling. Percival Umbers, a theatre historian at Kilverton College, wrote in the "
        "Kilverton Gazette that the programme looked “safe, but the town probably needs "
        "safe right now”. Tickets for the opening run can be booked online from Friday.",
        (
            ("named_source", "Juno Stavridou"),
            ("named_source", "Ms Stavridou"),
            ("named_source", "Percival Umbers"),
            ("expert_source", "a theatre historian at Kilverton College"),
            ("media_source", "the Kilverton Gazette"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "spring-13",
        "The Lindqvist Unified School District board voted 5-2 on Tuesday night to move "
        "high school start times to 8:45 a.m. beginning next fall. Board president Carmela "
        'Oyenuga said research on teenage sleep had persuaded her. "Our students are '
        'exhausted, and we can do something about it," Ms. Oyenuga said. Trustee Wendell '
        "Farquharson, who voted no, said the later schedule could force some athletes to "
        "miss classes for away games. Some parents at the meeting said the change would "
        "complicate child care for younger siblings. The district's transportation "
        "director, Noor Halloway, has warned that bus routes may need to be redrawn, "
        "according to a memo obtained by the Lindqvist Ledger. Superintendent Basil "
        "Trevanion did not attend the meeting.",
        (
            ("named_source", "Carmela Oyenuga"),
            ("named_source", "Ms. Oyenuga"),
            ("named_source", "Wendell Farquharson"),
            ("hedge", "could"),
            ("anonymous_source", "Some parents at the meeting"),
            ("named_source", "Noor Halloway"),
            ("hedge", "may"),
            ("media_source", "the Lindqvist Ledger"),
        ),
    ),
    Passage(
        "spring-14",
        "A 34-year-old man has been charged with attempted murder after a woman was "
        "stabbed outside a nightclub in Wexcombe in the early hours of Sunday. Detective "
        "Inspector Fenna Rawdon said the victim, a 27-year-old, remained in a serious but "
        'stable condition in hospital. "We believe this was a targeted attack and there is '
        'no wider risk to the public," the inspector said. Witnesses described seeing two '
        "men arguing with the woman shortly before 2am. Officers are still trying to trace "
        "a second man, who may have left the area in a grey hatchback. The charged man, "
        "Dorian Kessel, of no fixed address, is due to appear before Wexcombe magistrates "
        "on Tuesday.",
        (
            ("named_source", "Fenna Rawdon"),
            ("hedge", "We believe"),
            ("named_source", "the inspector"),
            ("anonymous_source", "Witnesses"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "spring-15",
        "Levels of a toxic algae in Lake Vessary have reached their highest point since "
        "monitoring began in 2009, prompting the state to close three public beaches. “You "
        "should assume the water is unsafe for dogs and small children,” said Marguerite "
        "Osterhaus, the state’s chief water quality officer. The blooms are fed by "
        "phosphorus running off farmland, said Dr. Ignatius Pellow, who studies freshwater "
        "ecosystems at Varrick State University. He said warmer summers were likely to "
        "make the problem worse. A coalition of farm groups said in a statement that "
        "growers had cut fertilizer use by a fifth over the past decade. Some lakeside "
        "residents told the Vessary Sentinel they had stopped letting their grandchildren "
        "swim altogether.",
        (
            ("named_source", "Marguerite Osterhaus"),
            ("named_source", "Dr. Ignatius Pellow"),
            ("expert_source", "who studies freshwater ecosystems at Varrick State University"),
            ("hedge", "likely"),
            ("anonymous_source", "Some lakeside residents"),
            ("media_source", "the Vessary Sentinel"),
        ),
    ),
    Passage(
        "spring-16",
        "Passengers on the Marrowfield line face another summer of weekend closures after "
        "Northway Rail said engineering work on the Sallow Beck viaduct would overrun by "
        "at least four months. The operator blamed the discovery of corroded steel in the "
        'viaduct\'s piers. "Nobody is pleased about this, least of all us," said '
        "Northway's engineering director, Cosmo Achterberg. Achterberg said replacement "
        "buses would run every 20 minutes on Saturdays and Sundays. The Rail Passengers' "
        'Council said the delay was "deeply frustrating". A regular commuter, Mehreen '
        "Pask, 41, said the buses added almost an hour to her journey to Hallam Cross. The "
        "final cost of the work is unclear, but it could exceed £30m, according to an "
        "industry source.",
        (
            ("named_source", "Cosmo Achterberg"),
            ("named_source", "Achterberg#2"),
            ("named_source", "Mehreen Pask"),
            ("hedge", "is unclear"),
            ("hedge", "could"),
            ("anonymous_source", "an industry source"),
        ),
    ),
    Passage(
        "spring-17",
        "About 2,300 workers at Halvorsen Appliance’s two factories in Greeve Falls walked "
        "off the job at midnight on Sunday after contract talks collapsed. Their union, "
        "Local 418 of the United Machinists, said the company had refused to restore "
        "pension contributions cut in 2019. “They made us a promise when times were hard, "
        "and now times are good,” said Delphine Arcuri, the local’s president. Halvorsen "
        "said in a statement that its offer was “fair and competitive” and that it hoped "
        "to return to the table soon. One worker on the picket line, who declined to give "
        "his name, said he was ready to stay out “as long as it takes.” Another said she "
        "was worried about paying her mortgage if the strike lasted more than a month. The "
        "walkout could disrupt deliveries of washing machines to retailers ahead of the "
        "holiday season, a person close to the company said.",
        (
            ("named_source", "Delphine Arcuri"),
            ("anonymous_source", "One worker on the picket line"),
            ("anonymous_source", "Another"),
            ("hedge", "could"),
            ("anonymous_source", "a person close to the company"),
        ),
    ),
    Passage(
        "spring-18",
        "Rents for new tenancies in Port Aldery rose 9.4 per cent in the year to March, "
        "the fastest increase of any city in the region, according to figures from the "
        "lettings platform Homefinder. Some tenants said landlords now demanded six "
        "months’ rent upfront. “I viewed eleven flats in two weeks and lost every one to "
        "someone who could pay more,” said Ifeoma Castellanos, a 29-year-old nurse. The "
        "city’s housing cabinet member, Cllr Ptolemy Hearne, said the council would bring "
        "forward a licensing scheme for private landlords. The National Landlords Guild "
        "argued that tax changes had driven smaller landlords out of the market. Rents may "
        "level off later this year as more new flats are completed, said Rosalind "
        "Tempest-Nyland, a housing economist at Aldery University.",
        (
            ("anonymous_source", "Some tenants"),
            ("named_source", "Ifeoma Castellanos"),
            ("named_source", "Cllr Ptolemy Hearne"),
            ("hedge", "may"),
            ("named_source", "Rosalind Tempest-Nyland"),
            ("expert_source", "a housing economist at Aldery University"),
        ),
    ),
    Passage(
        "spring-19",
        "Fennick Farms is recalling about 64,000 pounds of ground turkey sold in six "
        "states after routine testing found salmonella at its processing plant in Ossory "
        "Mills, the Food Inspection Service said Thursday. The company said in a statement "
        "that it had found no evidence of illness linked to the products but was acting "
        '"out of an abundance of caution." Consumers who bought packages with a use-by '
        "date of May 14 should throw them away or return them to the store, the agency "
        "said. At least two people who fell ill in Quorley County may have eaten the "
        "turkey, according to a county health official who was not authorized to speak "
        'publicly. "Salmonella in ground poultry is not unusual, but the numbers here seem '
        'high," said Agnieszka Ferrante-Hale, a food microbiologist at Bellweather '
        "University.",
        (
            ("hedge", "may"),
            ("anonymous_source", "a county health official"),
            ("named_source", "Agnieszka Ferrante-Hale"),
            ("expert_source", "a food microbiologist at Bellweather University"),
            ("hedge", "seem"),
        ),
    ),
    Passage(
        "spring-20",
        "A regional airliner carrying 68 people made an emergency landing at Stellmoor "
        "airport on Friday after smoke was seen in the cabin, the airline said. Nobody was "
        "seriously hurt, although four passengers were treated for smoke inhalation. A "
        "maintenance log obtained by the Aviation Daily Wire shows that the same aircraft "
        "had an air-conditioning fault repaired twice in March. It is unclear whether that "
        "fault was linked to Friday’s incident. The smoke may have come from a leaking oil "
        "seal in one of the engines, a person familiar with the investigation said. “There "
        "was a burning smell, and then you couldn’t see the seat in front of you,” said "
        "Lucian Greatorex, 44, who was returning from a business trip. The Air Safety "
        "Investigation Office has opened an inquiry and is expected to publish initial "
        "findings within 30 days.",
        (
            ("media_source", "the Aviation Daily Wire"),
            ("hedge", "It is unclear"),
            ("hedge", "may"),
            ("anonymous_source", "a person familiar with the investigation"),
            ("named_source", "Lucian Greatorex"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "spring-21",
        "The Diocese of Tilmouth will close or merge 19 of its parishes over the next five "
        "years as congregations shrink and repair bills mount. Bishop Helena Strickwood "
        'said in a pastoral letter read at Sunday services that the decision had been "the '
        'hardest of my ministry." The bishop said no church building would be sold without '
        "consultation with parishioners. The Rev. Jonah Aldwinckle, pastor of St. "
        "Brannoc's in Lower Pennock, said his congregation was \"heartbroken but not "
        'surprised." One parish council member, who asked not to be named, said some of '
        "the older buildings might be left to decay. Attendance in the diocese has fallen "
        "by roughly a third since 2010.",
        (
            ("named_source", "Helena Strickwood"),
            ("named_source", "The bishop"),
            ("named_source", "Rev. Jonah Aldwinckle"),
            ("anonymous_source", "One parish council member"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "spring-22",
        "Wheat farmers in Carrow County are bracing for their smallest harvest in a "
        "generation after the driest spring since records began in 1894. Yields could fall "
        "by as much as half on unirrigated land, according to Hollis Bergdahl, an "
        "agronomist with the county extension service. “I’ve got fields where the wheat "
        "never got past ankle height,” said Verity Coldicott, 58, standing at the edge of "
        "a field near Pruett Creek. Some growers have already plowed under failed crops to "
        "plant sorghum, which needs less water. The state agriculture commissioner, Dwayne "
        "Pettifer, said he would ask the governor to seek a federal disaster declaration. "
        "Grain buyers said prices had barely moved because harvests elsewhere were "
        "expected to be strong.",
        (
            ("hedge", "could"),
            ("named_source", "Hollis Bergdahl"),
            ("expert_source", "an agronomist with the county extension service"),
            ("named_source", "Verity Coldicott"),
            ("named_source", "Dwayne Pettifer"),
            ("anonymous_source", "Grain buyers"),
            ("hedge", "were expected to"),
        ),
    ),
    Passage(
        "spring-23",
        "Customers of Brightwater Power will see their monthly bills rise by an average of "
        "$11 from July after state regulators approved most of the utility's rate request "
        "on Wednesday. The Public Utilities Commission granted 78 percent of the increase "
        "Brightwater had sought, citing the cost of replacing aging transmission lines. "
        'Commission chair Lavinia Ortolan said the decision balanced "reliability against '
        'affordability." Ruthanne Mwangi-Kerr, who heads the Brightwater Ratepayers '
        "Alliance, said families on fixed incomes would struggle. Harcourt Institute "
        "energy economist Felix Dunmore-Abiola said the increase was probably unavoidable "
        "given the age of the grid, but questioned why shareholders were not bearing more "
        "of the cost. Brightwater had argued that without the money, outages could become "
        "more frequent. The company's chief executive, Stellan Pryce, was not available "
        "for comment.",
        (
            ("named_source", "Lavinia Ortolan"),
            ("named_source", "Ruthanne Mwangi-Kerr"),
            ("expert_source", "Harcourt Institute energy economist"),
            ("named_source", "Felix Dunmore-Abiola"),
            ("hedge", "probably"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "spring-24",
        "The Ministry of Defence plans to delay an order for eight new frigates by up to "
        "two years to free money for air defence, according to two people briefed on the "
        "plans. The decision, which could put hundreds of shipyard jobs at risk, is "
        "expected to be announced in next month's spending review. Defence Secretary "
        'Callum Ashdown-Pryor told the Kessling Herald last week that "every programme is '
        'under review". The paper reported on Sunday that the Treasury had pressed for '
        'deeper cuts to the equipment budget. A Ministry of Defence spokesperson said: "We '
        'do not comment on speculation." Unions at the Skerrow yard said they had not been '
        "told of any change.",
        (
            ("anonymous_source", "two people briefed on the plans"),
            ("hedge", "could"),
            ("hedge", "is expected to"),
            ("named_source", "Callum Ashdown-Pryor"),
            ("media_source", "the Kessling Herald"),
            ("media_source", "The paper"),
            ("anonymous_source", "A Ministry of Defence spokesperson"),
        ),
    ),
    Passage(
        "spring-25",
        "Wilhelmina Otterburn, the jazz pianist whose late-night residencies at the Corvid "
        "Club made her a fixture of the Harbridge music scene for four decades, has died "
        "aged 88. Her death was announced by her nephew, Sebastian Otterburn, who said she "
        "had died peacefully at home on Tuesday. Born in Kelderby in 1936, she taught "
        "herself to play on a chapel harmonium and turned professional at 17. “She could "
        "make a tired old upright sound like a concert grand,” said Leopold Vantongeren, "
        "her longtime bandmate. In a 1998 interview with the Harbridge Evening Post, she "
        "said she had “never once played the same solo twice”. She married the drummer "
        "Eamon Fitzwarren in 1961; he died in 2009. She is survived by her nephew and two "
        "nieces.",
        (
            ("named_source", "Sebastian Otterburn"),
            ("named_source", "Leopold Vantongeren"),
            ("media_source", "the Harbridge Evening Post"),
        ),
    ),
    Passage(
        "spring-26",
        "A container ship that lost engine power in heavy seas off Cape Vennor on Sunday "
        "has been towed safely into Harrowick, the coastguard said. The Morvane Star, "
        "carrying about 1,900 containers, drifted for nearly six hours before two tugs "
        'reached it. "It was a textbook operation in very difficult conditions," said '
        "coastguard commander Yusuf Lindgren-Abara. As many as 40 containers may have been "
        "lost overboard, according to the harbour authority, which warned boat owners to "
        "watch for floating debris. The ship's operator, Meridian Baltic Lines, said an "
        "investigation into the engine failure was under way. Philippa Krantz, a marine "
        "surveyor who has inspected cargo ships for 25 years, said older vessels were "
        "probably more vulnerable to the kind of fuel contamination that starves engines "
        "in rough weather.",
        (
            ("named_source", "Yusuf Lindgren-Abara"),
            ("hedge", "may"),
            ("named_source", "Philippa Krantz"),
            ("expert_source", "a marine surveyor who has inspected cargo ships for 25 years"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "spring-27",
        "Visitor numbers on the island of Skarra rose to a record 1.2 million last year, "
        "but some islanders say the boom is pricing them out. “We love having people here, "
        "but my daughter can’t find anywhere to live,” said Morag Tulloch-Fenn, who runs a "
        "café in the harbour village of Brevick. The island council is considering a "
        "tourist levy of £2 a night, its convener, Alasdair Mowbray-Keel, said. Tour "
        "operators have warned that a levy might deter coach parties. Ferry bookings for "
        "the summer are already 8 per cent up on last year, according to the Skarra Times. "
        "Dr Ishbel Quarendon, a tourism researcher at the University of the Northern "
        "Isles, said the island appeared to be reaching “the limits of what its roads and "
        "water supply can take”.",
        (
            ("anonymous_source", "some islanders"),
            ("named_source", "Morag Tulloch-Fenn"),
            ("named_source", "Alasdair Mowbray-Keel"),
            ("anonymous_source", "Tour operators"),
            ("hedge", "might"),
            ("media_source", "the Skarra Times"),
            ("named_source", "Dr Ishbel Quarendon"),
            ("expert_source", "a tourism researcher at the University of the Northern Isles"),
            ("hedge", "appeared to"),
        ),
    ),
    Passage(
        "spring-28",
        "The Stourleigh Gazette, one of the oldest regional dailies in the country, is to "
        "be sold to the Ostler Media group for an undisclosed sum, ending 140 years of "
        "family ownership. The paper's owner, Giles Penhallow, said in a letter to staff "
        'that the decision had been "agonising". Staff were told at a meeting on Thursday '
        "that there would be no immediate job cuts, but several journalists said the print "
        "edition was likely to be cut to three days a week. Ostler Media also owns the "
        "Corrigan Post and two local radio stations. News of the sale was first reported "
        "by the broadcaster Lantern TV, which said the price was thought to be about £12m. "
        "The broadcaster also reported that two other bidders had dropped out.",
        (
            ("named_source", "Giles Penhallow"),
            ("anonymous_source", "several journalists"),
            ("hedge", "likely"),
            ("media_source", "Lantern TV"),
            ("hedge", "was thought to be"),
            ("media_source", "The broadcaster"),
        ),
    ),
    Passage(
        "spring-29",
        "A former care home director who stole more than £230,000 from elderly residents "
        "has been jailed for five years at Pellam Crown Court. Sylvia Brennan-Wode, 57, "
        "admitted 14 counts of fraud by abuse of position at an earlier hearing. Judge "
        "Rupert Allardyce told her she had “preyed on people who trusted you completely”. "
        "The judge said the money had paid for foreign holidays and a racehorse. Her "
        "barrister, Naveen Colquist, said she was “deeply ashamed” and had repaid £40,000. "
        "In a victim statement, the daughter of one resident said the family had lost “not "
        "just money but our faith in people”. The true total may be higher, the court "
        "heard.",
        (
            ("named_source", "Rupert Allardyce"),
            ("named_source", "The judge"),
            ("named_source", "Naveen Colquist"),
            ("anonymous_source", "the daughter of one resident"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "spring-30",
        "A bipartisan bill to cap insulin copays at $35 a month cleared the Senate Health "
        "Committee on Wednesday, 17-4, and could reach the floor before the August recess. "
        '"Nobody should have to ration a drug they need to stay alive," said Sen. Thaddeus '
        "Okonjo-Bright, who co-wrote the bill. His co-sponsor, Sen. Priscilla Vandermolen, "
        "said the measure was paid for by changes to drug-pricing rules. Opponents argued "
        "that the cap would raise premiums for everyone else. The bill's prospects in the "
        "House are uncertain: Rep. Garrett Lusk-Hanley, who chairs the relevant "
        'subcommittee, told the Capitol Wire that he had "serious concerns" about the '
        "cost. The drug industry's main lobbying group, the Pharmaceutical Alliance, said "
        "the bill ignored the role of insurers.",
        (
            ("hedge", "could"),
            ("named_source", "Sen. Thaddeus Okonjo-Bright"),
            ("named_source", "Sen. Priscilla Vandermolen"),
            ("anonymous_source", "Opponents"),
            ("hedge", "are uncertain"),
            ("named_source", "Rep. Garrett Lusk-Hanley"),
            ("media_source", "the Capitol Wire"),
        ),
    ),
    Passage(
        "spring-31",
        "Patients at Greyfriars Hospitals Trust are waiting an average of 61 weeks for hip "
        "and knee replacements, nearly double the figure before the pandemic, according to "
        "data published on Thursday. The trust's medical director, Dr Anselm "
        "Whitlock-Ngata, said a new surgical hub due to open in the autumn would cut waits "
        '"significantly". Dr Whitlock-Ngata said staffing remained the biggest obstacle. '
        "Mirela Danescu, an orthopaedic surgeon at the trust's Ebbfield site, said many "
        "patients were now in so much pain that they could not work. One patient, a "
        "retired postman from Ebbfield, said he had been told his operation might not "
        "happen until next spring. Figures for the rest of the region are expected to be "
        "published next month.",
        (
            ("named_source", "Dr Anselm Whitlock-Ngata"),
            ("named_source", "Dr Whitlock-Ngata"),
            ("named_source", "Mirela Danescu"),
            ("expert_source", "an orthopaedic surgeon at the trust's Ebbfield site"),
            ("anonymous_source", "One patient"),
            ("hedge", "might"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "spring-32",
        "Astronomers have detected what appears to be water vapor in the atmosphere of a "
        "planet orbiting a small red star 41 light-years from Earth, a finding that could "
        "sharpen the search for habitable worlds. The observations, made with the Solano "
        "Ridge Observatory’s infrared spectrograph, are described in a paper accepted by "
        "the Astrophysical Review. “We are seeing a signal that is hard to explain any "
        "other way,” said Dr. Kwabena Eastlake, an astrophysicist at Pellington University "
        "and the paper’s lead author. Margit Sørbø-Ellis, a planetary scientist at the "
        "Voss Institute who was not involved in the research, cautioned that starspots on "
        "the host star sometimes mimic the signature of water. She said further "
        "observations next year would probably settle the question. The planet, about 1.6 "
        "times the size of Earth, is thought to be too hot for liquid water on most of its "
        "surface.",
        (
            ("hedge", "appears to"),
            ("hedge", "could"),
            ("named_source", "Dr. Kwabena Eastlake"),
            ("expert_source", "an astrophysicist at Pellington University"),
            ("named_source", "Margit Sørbø-Ellis"),
            ("expert_source", "a planetary scientist at the Voss Institute"),
            ("hedge", "probably"),
            ("hedge", "is thought to"),
        ),
    ),
    Passage(
        "spring-33",
        "Harcastle Breweries has agreed to buy its smaller rival Tiller & Finch for £410m, "
        "creating the country's third-largest brewer by volume. Harcastle's chief "
        'executive, Oona Kettlewell, said the deal would bring "two proud brewing '
        'traditions under one roof". In an interview with the Ledger Business Channel, Ms '
        "Kettlewell said no breweries would close in the first two years. The deal is "
        "likely to face scrutiny from the competition regulator, said Benedikt Ahlquist, a "
        "partner at the law firm Quillon & Vane who specialises in merger control. Tiller "
        "& Finch's founder, Rhys Pomfrey, will step down once the deal completes. Shares "
        "in Harcastle rose 3 per cent in morning trading.",
        (
            ("named_source", "Oona Kettlewell"),
            ("media_source", "the Ledger Business Channel"),
            ("named_source", "Ms Kettlewell"),
            ("hedge", "is likely to"),
            ("named_source", "Benedikt Ahlquist"),
            (
                "expert_source",
                "a partner at the law firm Quillon & Vane who specialises in merger control",
            ),
        ),
    ),
    Passage(
        "spring-34",
        "Keturah Winslow-Abe scored 31 points and grabbed 12 rebounds as the Quarry Bend "
        "Herons beat the Brindmoor Mariners 94-88 on Saturday to take a 3-2 lead in their "
        "playoff series. “She just refused to let us lose tonight,” said Herons coach "
        "Bartholomew Izzard. Winslow-Abe, 24, played the entire second half despite "
        "rolling her ankle in the third quarter. “It’s sore, but I’ll be out there "
        "Monday,” Winslow-Abe said. Mariners guard Tamsin Ochoa-Reyes, who scored 22, said "
        "her team had “given away too many easy baskets.” Game 6 is in Brindmoor on Monday "
        "night. Mariners forward Ilse Brandvold may miss the game with a knee injury, "
        "according to a team official.",
        (
            ("named_source", "Bartholomew Izzard"),
            ("named_source", "Winslow-Abe#3"),
            ("named_source", "Tamsin Ochoa-Reyes"),
            ("hedge", "may"),
            ("anonymous_source", "a team official"),
        ),
    ),
    Passage(
        "spring-35",
        "The president of Sulmara, Ilario Benedek, has not been seen in public for nearly "
        "three weeks, fuelling rumours that he is seriously ill. Local media reported that "
        "a planned visit to the northern port of Cassivo had been cancelled without "
        "explanation. The Sulmaran Courier reported on Sunday, citing a hospital employee, "
        "that the president had been admitted to a private clinic in the capital. "
        "Government spokesman Florin Dascalu-Rey told reporters on Monday that the "
        'president was "working normally" and would appear "when the schedule allows". A '
        "Western diplomat in the capital said embassies had been given no information. "
        "Benedek, 74, underwent heart surgery abroad in 2022. Some analysts say a power "
        "struggle may already be under way within the ruling party.",
        (
            ("hedge", "rumours"),
            ("media_source", "Local media"),
            ("media_source", "The Sulmaran Courier"),
            ("anonymous_source", "a hospital employee"),
            ("named_source", "Florin Dascalu-Rey"),
            ("anonymous_source", "A Western diplomat in the capital"),
            ("anonymous_source", "Some analysts"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "spring-36",
        "A ransomware attack has knocked out the computer systems of Breckin County for a "
        "fifth day, forcing clerks to issue marriage licenses and property records by "
        "hand. County administrator Yolanda Pettigrew-Sams said investigators had found no "
        "evidence so far that residents’ personal data had been stolen. A criminal group "
        "known as Obsidian Veil appears to have claimed responsibility on its leak site, "
        "according to Dario Flintham-Osei, a threat intelligence analyst at the security "
        "firm Greywatch Labs. Independent security researcher Hanne Vollrath said the "
        "group typically demands payment in cryptocurrency and may publish stolen files if "
        "a victim refuses. The county has not said whether it will pay. Some employees "
        "told the Breckin Courier-Dispatch that they had been instructed not to discuss "
        "the attack. Systems are expected to be restored by the end of next week, "
        "Pettigrew-Sams said.",
        (
            ("named_source", "Yolanda Pettigrew-Sams"),
            ("hedge", "appears to"),
            ("named_source", "Dario Flintham-Osei"),
            ("expert_source", "a threat intelligence analyst at the security firm Greywatch Labs"),
            ("expert_source", "Independent security researcher"),
            ("named_source", "Hanne Vollrath"),
            ("hedge", "may"),
            ("anonymous_source", "Some employees"),
            ("media_source", "the Breckin Courier-Dispatch"),
            ("hedge", "are expected to"),
            ("named_source", "Pettigrew-Sams#2"),
        ),
    ),
    Passage(
        "spring-37",
        "Firefighters were battling a wildfire that had burned through more than 4,000 "
        "hectares of pine forest near the coastal town of Salvarra by Tuesday evening, "
        "forcing the evacuation of some 2,000 people. The regional civil protection chief, "
        "Ernesto Valcárcel-Mur, said strong winds had pushed the flames towards two "
        'villages overnight. "The next 24 hours will be decisive," he told the regional '
        "broadcaster TVS-3. The fire was probably started by a spark from farm machinery, "
        "according to a fire service official who spoke on condition of anonymity. "
        "Residents of Serramolí said they had been given less than an hour to leave. "
        "Temperatures above 40C are likely again on Wednesday, and the blaze could spread "
        "further inland.",
        (
            ("named_source", "Ernesto Valcárcel-Mur"),
            ("media_source", "TVS-3"),
            ("hedge", "probably"),
            ("anonymous_source", "a fire service official"),
            ("anonymous_source", "Residents of Serramolí"),
            ("hedge", "likely"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "spring-38",
        "The Tollard City Council voted 6-3 on Monday to ban overnight parking of "
        "recreational vehicles on residential streets, a measure aimed at a growing number "
        "of people living in campers. Mayor Evangeline Sotherby said the ordinance was "
        "about safety, not punishing poverty. “We are not going to tow anyone’s home "
        "without offering them somewhere to go,” the mayor said. Council member Raffaele "
        "Dunstan, who voted against the ban, called it “cruel and expensive.” Advocates "
        "for homeless residents said the city’s only designated lot, with 40 spaces, was "
        "already full. The ordinance may face a legal challenge, said Ottilie Brisco, who "
        "teaches housing law at Tollard State University. Enforcement is expected to begin "
        "in 60 days.",
        (
            ("named_source", "Evangeline Sotherby"),
            ("named_source", "the mayor"),
            ("named_source", "Raffaele Dunstan"),
            ("anonymous_source", "Advocates for homeless residents"),
            ("hedge", "may"),
            ("named_source", "Ottilie Brisco"),
            ("expert_source", "who teaches housing law at Tollard State University"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "spring-39",
        "Two men were arrested Thursday in connection with a string of catalytic converter "
        "thefts that hit more than 60 vehicles on the east side of Merriton since January. "
        "The pair allegedly targeted pickup trucks and hybrid cars parked overnight on "
        "residential streets. Sgt. Odalys Fairweather-Kim said officers found 14 "
        "converters and a battery-powered saw in the suspects' van during a traffic stop. "
        '"These are not crimes of opportunity. This was an organized operation," '
        "Fairweather-Kim said. The stolen parts were probably sold to a scrapyard in a "
        "neighboring county, according to a police report obtained by the Merriton Beacon. "
        "The suspects, aged 19 and 23, are likely to face additional charges, the sergeant "
        "said. One auto shop owner on Calloway Avenue said he had replaced 11 converters "
        "in a month and could no longer get parts quickly.",
        (
            ("hedge", "allegedly"),
            ("named_source", "Sgt. Odalys Fairweather-Kim"),
            ("named_source", "Fairweather-Kim#2"),
            ("hedge", "probably"),
            ("media_source", "the Merriton Beacon"),
            ("hedge", "are likely to"),
            ("named_source", "the sergeant"),
            ("anonymous_source", "One auto shop owner on Calloway Avenue"),
        ),
    ),
    Passage(
        "spring-40",
        "The University of Brackenhurst is to cut 180 jobs and close its modern languages "
        "department as it tries to fill a £22m hole in its budget. Vice-chancellor "
        'Professor Idris Coldwater-Pym said the university had "no realistic alternative" '
        "after a sharp fall in international student applications. The decision appears to "
        "be the largest round of job cuts at a British university this year. Saoirse "
        "Malinowski, the local branch secretary of the Academic Staff Union, said members "
        "would be balloted on strike action. Students have started a petition, which had "
        "gathered some 6,000 signatures by Friday. Hesper Lund-Caddick, who researches "
        "higher education finance at the Fairholm Policy Institute, said other "
        'universities were likely to follow, because "the funding model is simply broken".',
        (
            ("named_source", "Professor Idris Coldwater-Pym"),
            ("hedge", "appears to"),
            ("named_source", "Saoirse Malinowski"),
            ("named_source", "Hesper Lund-Caddick"),
            (
                "expert_source",
                "who researches higher education finance at the Fairholm Policy Institute",
            ),
            ("hedge", "likely"),
        ),
    ),
)
