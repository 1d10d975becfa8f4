"""Harvest set: 40 annotated news passages, a twelfth set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes), after the
autumn set, without running the extractor, the scorer, the CLI, the tests or the evaluation on
the passages, without reading the extractor's code, features, models or lexicons, and without
reading the other sets' passages (only the opening two entries of the autumn set, for the format).
Like the sets before it, it is weighted toward ordinary copy rather than hard cases: routine wire
and newspaper stories of four to eight sentences across many beats (courts, local government,
weather, business, markets, currencies, health, archaeology, football, tennis, cricket, foreign
elections, protests, defence procurement, cyber security, rail and port strikes, Congress,
agriculture, crime, a fraud trial, a river-pollution story, schools, universities, wind power,
religion, an obituary, aviation, housing, wildlife, museums, labour, astronomy, a product recall,
a bypass vox pop, mergers, a pipeline leak and oil prices), in British and American spelling,
with straight and curly quotes. Spread through them are named sources in the ordinary shapes
(name then role, role then name, role and name in apposition, including possessive roles such as
"The state's attorney general, Royce Pendergrast," "Its general secretary, Maureen
Calloway-Stiles," "Her nephew, Robin Carrodus-Teale," and "Marlshire's director of cricket, Ian
Ruddlesdin"; titles such as "Judge", "Cllr", "Dr." and "Dr", "Sen.", "Rep.", "Ms", "Mr", "Det
Sgt", "Rev Canon", "Coach", "Councilmember", "Professor" and "Sheriff"; ages; party tags such as
"(R-Mont.)" and "D-Ill."; inverted "said X", including "said a senior, Tavi Rosendahl, 17" and a
named company spokeswoman; sources who wrote, posted on social media, called a decision something
or dismissed an argument), later references by surname ("Pendergrast said", "Weddington
dismissed", "Montverde said", "Tøllefsen said", "Ms Latchford told jurors", "Mr Ibbotson was
unconvinced") and by role ("The archdeacon", "The sheriff"); expert credentials after the name
("a meteorologist with the bureau", "a raptor ecologist at ..."), before it ("Provenance
researcher", "Lowther University astrophysicist"), with a relative clause ("an economist at the
Halberd Institute who studies housing markets", "who teaches labor relations at ...", "a
product-safety engineer who consults for insurers"), including two analysts and a bank's chief
economist; other outlets cited as subject of "reported" (with "citing"), after "according to",
with "told", "in an interview with", "first reported by", "reported earlier by", "seen by" and
"obtained by", as "State radio", "State television" and "local media", and as a later reference
("the newspaper"); unnamed and vague sources (officials, "authorities", anonymity clauses, "people
familiar with the matter", "one of the people", "A person familiar with the aircraft's
maintenance records", "A senior industry source", groups such as "Forecasters", "Traders",
"Landlords", "Freight forwarders", "Patients' groups", "Civil liberties groups" and "Opposition
MPs", people at a place such as "Several residents of Sorrel Creek", "Commuters at Crossmoor
station" and "Diplomats in Dresk", "one stallholder" and an elliptical "Another", unnamed
spokespeople who make a statement); hedges (modals of possibility, "possible", "possibly",
"perhaps", "probably", "likely", "unlikely", "reportedly", "allegedly", "purportedly",
"rumoured", "appeared", "appeared to", "seems to", "suggest", "I suspect", "is expected to", "is
understood to", "are thought to", "not thought to", "was believed to", "unclear", "not yet
known"); and distractors that are not annotated (outlets named but not cited: a newspaper whose
owners sold a football club, a magazine a photographer's first pictures appeared in; a journal a
study was published in; a listing site's figures, ship-tracking data and a trade group's data;
government bodies, a regulator, a tournament, a diocese and companies speaking for themselves;
titles of office such as "director", "president", "medical director" and "vice-chancellor"; a
nurse and a retired joiner quoted as commuters and shoppers; people mentioned who do not speak,
including a defendant, a jailed opposition leader, an injured striker and a chairman who left
without speaking to reporters; "told analysts", "told reporters" and "told jurors"; vague
quantities such as "more than 6,000 residents", "Several hundred supporters", "dozens of
families", "thousands of protesters" and "tens of thousands of workers"; "found no evidence",
"declined to comment", the month "May", "can" and "could" of ability, "would" in reported speech
and of a proposal, "should" of obligation, "unexpectedly", "profit forecast" as a noun, "due to
appear", and pronoun sources).

First measurement (2026-12-03, the extractors at commit dc5b5f9, before this set was read):
macro-F1 0.94 (named 0.91, expert 0.97, unnamed 0.86, media 0.97, hedges 0.96). Its errors
were then read and their classes fixed.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "harvest-01",
        "A federal judge in Oswalt Springs on Tuesday temporarily blocked a state law that "
        "would require library staff to verify the age of anyone borrowing certain books, "
        "saying the plaintiffs were likely to succeed on their claim that it violates the "
        "First Amendment. U.S. District Judge Marguerite Ellingsby wrote that the statute's "
        'definitions were "so loose that a librarian could not know what is forbidden." '
        "The state's attorney general, Royce Pendergrast, said his office would appeal. "
        '"The law is sound, and we will defend it all the way up," Pendergrast said in a '
        "statement. The law had been due to take effect on May 1. Civil liberties groups "
        "that brought the suit welcomed the ruling.",
        (
            ("hedge", "likely"),
            ("named_source", "Judge Marguerite Ellingsby"),
            ("named_source", "Royce Pendergrast"),
            ("named_source", "Pendergrast#2"),
            ("anonymous_source", "Civil liberties groups"),
        ),
    ),
    Passage(
        "harvest-02",
        "Councillors in Brindleholme have voted to close two of the borough’s five public "
        "libraries, despite a petition signed by more than 6,000 residents. The council "
        "leader, Cllr Hetty Ravensworth, said the authority faced “impossible choices” after "
        "a £14m shortfall in its budget. “Nobody came into local government to shut "
        "libraries,” she said. The Liberal Democrat group leader, Owain Pryce-Tallis, called "
        "the decision “short-sighted” and said it might be challenged in the courts. One "
        "library user, 79-year-old Edna Scoular, said the Fellgate branch was “the only warm "
        "place some of us have in winter”. Library staff are expected to be offered other "
        "posts, the council said.",
        (
            ("named_source", "Cllr Hetty Ravensworth"),
            ("named_source", "Owain Pryce-Tallis"),
            ("hedge", "might"),
            ("named_source", "Edna Scoular"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "harvest-03",
        "Forecasters warned that a slow-moving storm could drop up to 10 inches of rain on "
        "parts of the Tamsett Valley by Thursday. The regional weather bureau in Dunfield "
        'said flash flooding was "likely" along creeks that burned last summer. "If you '
        'live below the burn scar, you should leave tonight," said Corinne Abelard, a '
        "meteorologist with the bureau. County emergency manager Luis Quintanar-Mayhew said "
        "shelters had opened at two high schools. Several residents of Sorrel Creek said "
        'they were filling sandbags but planned to stay. "We\'ve ridden out worse," said a '
        "retired mail carrier on Tinsley Lane. The storm is expected to weaken by the "
        "weekend.",
        (
            ("anonymous_source", "Forecasters"),
            ("hedge", "could"),
            ("hedge", "likely"),
            ("named_source", "Corinne Abelard"),
            ("expert_source", "a meteorologist with the bureau"),
            ("named_source", "Luis Quintanar-Mayhew"),
            ("anonymous_source", "Several residents of Sorrel Creek"),
            ("anonymous_source", "a retired mail carrier on Tinsley Lane"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "harvest-04",
        "Shares in Corvale Foods fell 7 per cent in early trading after the snack maker cut "
        "its full-year profit forecast, blaming higher cocoa and packaging costs. Chief "
        "executive Annika Sollberg told analysts on a call that price rises introduced in "
        "the spring had “not yet fully landed”. The company now sees operating profit of "
        "£310m to £330m, down from £360m. “The cut was bigger than the market had pencilled "
        "in,” said Farid Lounès, a consumer-goods analyst at Brindwell Securities. He said "
        "further downgrades were possible if cocoa prices stayed near record highs. "
        "According to the Varley Financial Journal, the board has held informal talks about "
        "selling the company’s frozen-desserts arm.",
        (
            ("named_source", "Annika Sollberg"),
            ("named_source", "Farid Lounès"),
            ("expert_source", "a consumer-goods analyst at Brindwell Securities"),
            ("hedge", "possible"),
            ("media_source", "Varley Financial Journal"),
        ),
    ),
    Passage(
        "harvest-05",
        "Osterby Regional Medical Center will stop delivering babies at the end of the year, "
        "hospital officials said Wednesday, leaving expectant mothers in three rural "
        "counties more than an hour's drive from the nearest maternity ward. The hospital's "
        "president, Dr. Samuel Okonkwo-Reyes, said it had been unable to recruit "
        'obstetricians despite offering signing bonuses. "We could not staff it safely," '
        "he said. Dr. Lena Harbottle, an obstetrician at Westbrook University who studies "
        "rural maternity care, said closures elsewhere had been followed by a rise in births "
        'outside hospitals. "Some of those births will go fine. Some won\'t," she said. A '
        "spokesperson for the state health department said it was reviewing the decision.",
        (
            ("anonymous_source", "hospital officials"),
            ("named_source", "Dr. Samuel Okonkwo-Reyes"),
            ("named_source", "Dr. Lena Harbottle"),
            (
                "expert_source",
                "an obstetrician at Westbrook University who studies rural maternity care",
            ),
            ("anonymous_source", "A spokesperson for the state health department"),
        ),
    ),
    Passage(
        "harvest-06",
        "Archaeologists excavating a field near Wrayholme have uncovered what may be the "
        "remains of a Roman signal station, the county’s heritage service said on Friday. "
        "The site was found during survey work ahead of a housing development. Dr Imogen "
        "Fairweather-Lusk, a specialist in Roman frontier archaeology at the University of "
        "Aldwyck, said the layout was “strikingly similar” to stations on the coast. “It is "
        "probably late fourth century, but we will know more when the pottery has been "
        "looked at,” she said. The developer, Brockhollow Homes, said building work on that "
        "part of the site would be paused. Metal detectorists have been asked to stay away.",
        (
            ("hedge", "may"),
            ("named_source", "Dr Imogen Fairweather-Lusk"),
            (
                "expert_source",
                "a specialist in Roman frontier archaeology at the University of Aldwyck",
            ),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "harvest-07",
        'Ravensholme United manager Tomasz Gralewski insists his side are "not finished" '
        'after a 3-0 home defeat by Stoneport left them five points adrift of safety. "We '
        'have nine games left and we will fight for every point," said Gralewski, who has '
        "been rumoured to be close to the sack. Striker Dion Vreeswijk is likely to miss the "
        "rest of the season with a hamstring injury, according to the Northern Echo-Star. "
        "The club have not confirmed the extent of the injury. Several hundred supporters "
        "stayed behind after the final whistle. The chairman, Gerald Fosswick, who bought "
        "the club from the owners of the Ravensholme Gazette in 2014, left the directors' "
        'box without speaking to reporters. "He has had ten years and look where we are," '
        "said one season-ticket holder.",
        (
            ("named_source", "Tomasz Gralewski"),
            ("named_source", "Gralewski#2"),
            ("hedge", "rumoured"),
            ("hedge", "is likely to"),
            ("media_source", "Northern Echo-Star"),
            ("anonymous_source", "one season-ticket holder"),
        ),
    ),
    Passage(
        "harvest-08",
        "Voters in the island republic of Isla Veridia go to the polls on Sunday in a "
        "presidential run-off that opinion surveys suggest is too close to call. The "
        "incumbent, Aurelio Montalbán-Cruz, has campaigned on a record of falling crime, "
        "while his challenger, the former central bank governor Inés Varga-Lindqvist, has "
        "promised to renegotiate the country’s debt. Speaking at a final rally in the "
        "capital, Puerto Almira, Ms Varga-Lindqvist said she would “open the books” on her "
        "first day in office. Election observers from the regional bloc said preparations "
        "had gone smoothly, though some polling stations in the mountainous north may open "
        "late because of flooding. State radio reported that the president had cast his vote "
        "early. Official results are due on Tuesday.",
        (
            ("hedge", "suggest"),
            ("named_source", "Ms Varga-Lindqvist"),
            ("anonymous_source", "Election observers from the regional bloc"),
            ("hedge", "may"),
            ("media_source", "State radio"),
        ),
    ),
    Passage(
        "harvest-09",
        "A ransomware attack on Pennacott Payroll, which processes salaries for about 1,400 "
        "small businesses, may have exposed the bank details of tens of thousands of "
        "workers, the company said on Thursday. Pennacott said it had found no evidence that "
        "the data had been published online. The attack was first reported by the technology "
        "site ByteLedger, which said a criminal group had posted screenshots of internal "
        'files on its leak site. "This group publishes everything within a fortnight if it '
        "isn't paid,\" said Ruth Okafor-Blaine, a security researcher at the consultancy "
        'Tessellate Labs. Customers said they had received no warning. "I found out from my '
        'accountant," said Gavin Pardew, who runs a bakery in Tillingford.',
        (
            ("hedge", "may"),
            ("media_source", "ByteLedger"),
            ("named_source", "Ruth Okafor-Blaine"),
            ("expert_source", "a security researcher at the consultancy Tessellate Labs"),
            ("anonymous_source", "Customers"),
            ("named_source", "Gavin Pardew"),
        ),
    ),
    Passage(
        "harvest-10",
        "Train drivers on the Ambervale network will walk out for 48 hours from next Tuesday "
        "after talks over pay broke down, the Footplate Workers’ Union announced. Its "
        "general secretary, Maureen Calloway-Stiles, said the operator had offered “a "
        "real-terms pay cut dressed up as a deal”. Ambervale Rail said it would run a "
        "reduced timetable and urged passengers to travel only if necessary. A senior "
        "industry source said ministers were unlikely to intervene before the strike. "
        "Commuters at Crossmoor station said they were resigned to more disruption. “It’s "
        "the fourth time this year,” said Priya Ramaswamy-Hill, 34, a nurse. “You just work "
        "from home if you can.”",
        (
            ("named_source", "Maureen Calloway-Stiles"),
            ("anonymous_source", "A senior industry source"),
            ("hedge", "unlikely"),
            ("anonymous_source", "Commuters at Crossmoor station"),
            ("named_source", "Priya Ramaswamy-Hill"),
        ),
    ),
    Passage(
        "harvest-11",
        "A bipartisan bill to cap the price of insulin for people with private insurance "
        "cleared a key Senate committee on Wednesday by a vote of 17-5. Sen. Harlan "
        "Weddington (R-Mont.), a co-sponsor, said it could reach the floor before the August "
        "recess. Its prospects in the House are unclear. Rep. Delphine Okoro-Marsh, D-Ill., "
        "who has pushed a similar measure, said House leaders had privately signaled "
        "support, but a senior Republican aide said the speaker had made no commitment. The "
        "pharmaceutical industry's main trade group said a cap would raise premiums for "
        'everyone else. Weddington dismissed that argument. "They said the same thing about '
        "the last one, and it didn't happen,\" he said.",
        (
            ("named_source", "Sen. Harlan Weddington"),
            ("hedge", "could"),
            ("hedge", "unclear"),
            ("named_source", "Rep. Delphine Okoro-Marsh"),
            ("anonymous_source", "a senior Republican aide"),
            ("named_source", "Weddington#2"),
        ),
    ),
    Passage(
        "harvest-12",
        "Corn growers across the southern half of Ondawa County are bracing for their "
        "smallest harvest in a decade after a summer with barely two inches of rain. Yields "
        "could fall by as much as 40 percent, according to Walt Brenneman, an agronomist "
        "with the county extension office. \"I suspect some of these fields won't be worth "
        'running a combine through," he said. Farmer Jolene Kasprzak, 58, said she had '
        "already cut her seed order for next year. The state agriculture department put "
        "losses at $180 million. Grain buyers in Marlin Falls said prices had risen only "
        "modestly because harvests elsewhere were strong.",
        (
            ("hedge", "could"),
            ("named_source", "Walt Brenneman"),
            ("expert_source", "an agronomist with the county extension office"),
            ("hedge", "I suspect"),
            ("named_source", "Jolene Kasprzak"),
            ("anonymous_source", "Grain buyers in Marlin Falls"),
        ),
    ),
    Passage(
        "harvest-13",
        "A 23-year-old man has been charged with attempted murder after a stabbing outside a "
        "nightclub in Corrisford town centre in the early hours of Saturday. The victim, a "
        "19-year-old man, remains in a serious but stable condition in hospital. Det Sgt "
        "Fiona MacAskill-Rae of Tayburn Police said the two men are thought to have known "
        "each other. “This was not a random attack,” she said. Witnesses described a fight "
        "spilling out on to Tolbooth Wynd shortly after 2am. A woman who lives above a "
        "nearby shop said she had heard screaming “for what felt like ages”. The accused is "
        "due to appear at Corrisford Sheriff Court on Monday.",
        (
            ("named_source", "Det Sgt Fiona MacAskill-Rae"),
            ("hedge", "are thought to"),
            ("anonymous_source", "Witnesses"),
            ("anonymous_source", "A woman who lives above a nearby shop"),
        ),
    ),
    Passage(
        "harvest-14",
        "The Valdessan peso slid to a record low against the dollar on Monday after the "
        "central bank unexpectedly left interest rates unchanged. Traders said the decision "
        "had caught the market off guard, with most having priced in a half-point increase. "
        '"The bank has lost the benefit of the doubt," said Marisol Echeverri-Pratt, chief '
        "economist at Banco Lantero in Ciudad Almagre. The bank's governor, Ignacio "
        "Duarte-Wolff, told a news conference that inflation was likely to peak in the "
        "coming months. The government may push for rate cuts ahead of next year's election, "
        "said two fund managers who asked not to be named because they were not authorized "
        "to speak publicly.",
        (
            ("anonymous_source", "Traders"),
            ("named_source", "Marisol Echeverri-Pratt"),
            ("expert_source", "chief economist at Banco Lantero"),
            ("named_source", "Ignacio Duarte-Wolff"),
            ("hedge", "was likely to"),
            ("hedge", "may"),
            ("anonymous_source", "two fund managers"),
        ),
    ),
    Passage(
        "harvest-15",
        "Sewage was discharged into the River Ousby for more than 1,900 hours last year, "
        "according to figures obtained by campaigners, making it one of the most polluted "
        "rivers in the region. Ashmere Water said it was investing £90m in storm overflows "
        "in the catchment and that discharges had fallen since 2021. Local swimmers said "
        "they had fallen ill after entering the water near Tanner’s Weir. “I was sick for "
        "three days,” said Keeley Branscombe, who swims there most mornings. Dr Nathaniel "
        "Gorringe, a freshwater ecologist at Quenbury University, said the official figures "
        "were possibly an underestimate because several monitors had been faulty. The "
        "regulator said it was aware of the reports.",
        (
            ("anonymous_source", "Local swimmers"),
            ("named_source", "Keeley Branscombe"),
            ("named_source", "Dr Nathaniel Gorringe"),
            ("expert_source", "a freshwater ecologist at Quenbury University"),
            ("hedge", "possibly"),
        ),
    ),
    Passage(
        "harvest-16",
        "The Ploverton school board voted 5-2 on Tuesday night to move the start of the high "
        "school day to 8:45 a.m., a change pushed by parents who say teenagers are "
        "chronically short of sleep. Board president Carla Wynstanley said the district "
        "would spend about $400,000 more a year on buses. \"It isn't cheap, but the research "
        'on sleep is pretty clear," she said. Board member Doug Fensterwald, who voted '
        "against, said he had heard from dozens of families worried about after-school jobs. "
        "Coach Ray Hollinghurst said practices would probably have to run later into the "
        'evening. Students at Ploverton High appeared divided. "About time," said a '
        "senior, Tavi Rosendahl, 17.",
        (
            ("anonymous_source", "parents"),
            ("named_source", "Carla Wynstanley"),
            ("named_source", "Doug Fensterwald"),
            ("named_source", "Coach Ray Hollinghurst"),
            ("hedge", "probably"),
            ("hedge", "appeared"),
            ("named_source", "Tavi Rosendahl"),
        ),
    ),
    Passage(
        "harvest-17",
        "Plans for a 42-turbine wind farm on moorland above Glenrannoch have been approved "
        "by ministers, overruling objections from the local council. The developer, "
        "Hollowmere Renewables, said the scheme would generate enough electricity for about "
        "180,000 homes. Opponents said the turbines, some of them 200 metres tall, would "
        "dominate views from a popular walking route. “It is an industrial site on a wild "
        "hill,” said Morag Dunnachie, who chairs the Glenrannoch community council. The "
        "decision letter, seen by the Strathcaddon Courier, says the planning inspector gave "
        "“significant weight” to climate targets. Construction is likely to begin in 2027.",
        (
            ("anonymous_source", "Opponents"),
            ("named_source", "Morag Dunnachie"),
            ("media_source", "Strathcaddon Courier"),
            ("hedge", "is likely to"),
        ),
    ),
    Passage(
        "harvest-18",
        "A 600-year-old parish church in Ludden Parva is to close for regular worship after "
        "its congregation dwindled to fewer than a dozen people, the Diocese of Wenlow said. "
        "The Rev Canon Philippa Stourton, the archdeacon, said the decision had been "
        "“agonising” but that the roof alone needed £1.2m of repairs. The church may be "
        "transferred to a conservation trust, she said. Parishioners said they had not been "
        "consulted. “We read about it on the noticeboard,” said a churchwarden, who asked "
        "not to be named. The archdeacon said a farewell service would be held in the "
        "spring.",
        (
            ("named_source", "Rev Canon Philippa Stourton"),
            ("hedge", "may"),
            ("anonymous_source", "Parishioners"),
            ("anonymous_source", "a churchwarden"),
            ("named_source", "The archdeacon"),
        ),
    ),
    Passage(
        "harvest-19",
        "Elsbeth Carrodus, whose photographs of fishing families on the eastern seaboard "
        "made her one of the country’s best-known documentary photographers, has died aged "
        "91. Her death, at her home in Gannetsby, was announced by her publisher, Gullstone "
        "Press. Her first pictures appeared in the Sunday Compass magazine in 1961. “I "
        "photographed people at work because nobody else bothered to,” she told the "
        "Gannetsby Echo in 2009. Her nephew, Robin Carrodus-Teale, said she had kept "
        "printing in her darkroom until last year. “She could still spot a bad negative from "
        "across a room,” he said. Isabel Quintrell, a historian of photography at the "
        "Gannetsby Institute of Art, said Carrodus had “taught a generation to look at "
        "working people without pity”.",
        (
            ("media_source", "Gannetsby Echo"),
            ("named_source", "Robin Carrodus-Teale"),
            ("named_source", "Isabel Quintrell"),
            ("expert_source", "a historian of photography at the Gannetsby Institute of Art"),
        ),
    ),
    Passage(
        "harvest-20",
        "A regional airliner carrying 61 people made an emergency landing at Yelverby "
        "airport on Sunday after smoke was seen in the cabin, the airline, Skylark Connect, "
        "said. No one was seriously hurt, though four passengers were treated for smoke "
        "inhalation. Passengers described a burning smell shortly after take-off. “The cabin "
        "crew were incredibly calm,” said Bernadette Oyelaran-Fisk, who was travelling to a "
        "wedding. The aircraft had reportedly been grounded for an electrical fault last "
        "month. The national accident investigation board said it had sent a team to the "
        "airport. A person familiar with the aircraft’s maintenance records said a cable "
        "harness had been replaced in March.",
        (
            ("anonymous_source", "Passengers"),
            ("named_source", "Bernadette Oyelaran-Fisk"),
            ("hedge", "reportedly"),
            ("anonymous_source", "A person familiar with the aircraft’s maintenance records"),
        ),
    ),
    Passage(
        "harvest-21",
        "Rents in Calderon Heights rose 11 percent in the year to June, the steepest "
        "increase of any large metro area, according to figures from the listing site "
        "Roomwise. City Councilmember Tamsin Ortolani-Greer, who represents several of the "
        "hardest-hit neighborhoods, said she would introduce a measure next month to expand "
        "the city's rental assistance fund. \"People are being priced out of the blocks they "
        'grew up on," she said. Landlords say rising insurance premiums and property taxes '
        "are to blame. Jerome Whitlock-Baines, an economist at the Halberd Institute who "
        "studies housing markets, said new construction might slow rent growth by 2027 but "
        "was unlikely to bring rents down. Tenants at one complex on Bayard Avenue told the "
        "Calderon Herald they had received increases of more than 25 percent.",
        (
            ("named_source", "Councilmember Tamsin Ortolani-Greer"),
            ("anonymous_source", "Landlords"),
            ("named_source", "Jerome Whitlock-Baines"),
            ("expert_source", "an economist at the Halberd Institute who studies housing markets"),
            ("hedge", "might"),
            ("hedge", "unlikely"),
            ("anonymous_source", "Tenants at one complex on Bayard Avenue"),
            ("media_source", "Calderon Herald"),
        ),
    ),
    Passage(
        "harvest-22",
        "A pair of white-tailed eagles has nested on the Isle of Vorran for the first time "
        "in more than a century, conservationists said on Wednesday. The birds were released "
        "on the mainland five years ago as part of a reintroduction scheme. “It is a "
        "remarkable moment, perhaps the most important in the whole project,” said Callum "
        "Strachan-Wyld, the reserve’s warden. He said the pair appeared to be incubating "
        "eggs, though it could be another fortnight before any chicks were seen. Some sheep "
        "farmers on the island have raised concerns about lambs. Eilidh Macrory, a raptor "
        "ecologist at the Institute of Upland Studies, said losses of lambs to eagles were "
        "rare and could be offset by a compensation scheme.",
        (
            ("anonymous_source", "conservationists"),
            ("hedge", "perhaps"),
            ("named_source", "Callum Strachan-Wyld"),
            ("hedge", "appeared to"),
            ("hedge", "could"),
            ("anonymous_source", "Some sheep farmers on the island"),
            ("named_source", "Eilidh Macrory"),
            ("expert_source", "a raptor ecologist at the Institute of Upland Studies"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "harvest-23",
        "Container ships were queueing outside the port of Velthaven on Tuesday after "
        "dockworkers began a three-day strike over automation. At least 30 vessels were "
        "waiting at anchor, according to ship-tracking data. The port authority said cargo "
        'handling had been reduced to "essential goods only". Lars Hegstad, a spokesman '
        "for the dockworkers' union, said the stoppage could be extended if the operator "
        "pressed ahead with plans for remote-controlled cranes. Freight forwarders said the "
        "disruption was likely to push up costs for importers. The strike was first reported "
        "by the trade newspaper Harbour List.",
        (
            ("named_source", "Lars Hegstad"),
            ("hedge", "could"),
            ("anonymous_source", "Freight forwarders"),
            ("hedge", "was likely to"),
            ("media_source", "Harbour List"),
        ),
    ),
    Passage(
        "harvest-24",
        "The Pemrose Museum of Art in Bramford will return a bronze head to the Republic of "
        "Kessar after a review concluded it had probably been taken from a royal palace "
        "during a colonial raid in 1897. The museum's director, Helene Marchetti-Bose, "
        'called the decision "overdue." Provenance researcher Dr. Kwabena Asante-Loft, who '
        "led the review, said museum records from the period were incomplete and that "
        "several other objects in the collection might have a similar history. The return "
        "was first reported by the Bramford Standard. Kessar's culture ministry said in a "
        "statement that it welcomed the decision.",
        (
            ("hedge", "probably"),
            ("named_source", "Helene Marchetti-Bose"),
            ("expert_source", "Provenance researcher"),
            ("named_source", "Dr. Kwabena Asante-Loft"),
            ("hedge", "might"),
            ("media_source", "Bramford Standard"),
        ),
    ),
    Passage(
        "harvest-25",
        "Workers at the Altmark Motors battery plant in Eddowes Township voted narrowly to "
        "join the Allied Fabricators union, the union said Friday, in a closely watched test "
        "of organizing in the industry. The tally was 612 to 587, according to the union. "
        "The company said it would review the results and could file objections with labor "
        'regulators. "We respect our employees\' right to choose," said a company '
        "spokeswoman, Gretchen Aalders. Two line workers who supported the union said pay "
        "for newer hires had been the main issue. Ferris Quoyle, who teaches labor relations "
        'at Orlebar College, said the result was "a signal, not a wave."',
        (
            ("hedge", "could"),
            ("named_source", "Gretchen Aalders"),
            ("anonymous_source", "Two line workers who supported the union"),
            ("named_source", "Ferris Quoyle"),
            ("expert_source", "who teaches labor relations at Orlebar College"),
        ),
    ),
    Passage(
        "harvest-26",
        "Varnland is close to signing a deal to buy 24 fighter jets from a European "
        "consortium, the Kellmark Daily reported on Thursday, citing two people familiar "
        "with the negotiations. The agreement could be worth as much as €4bn, the newspaper "
        "said. Varnland’s defence ministry declined to comment. A diplomat in the capital, "
        "Tessovar, said talks had stalled in the spring over offset arrangements but "
        "appeared to have resumed. Opposition MPs have questioned whether the country can "
        "afford the aircraft. The consortium said it did not comment on continuing "
        "negotiations.",
        (
            ("media_source", "Kellmark Daily"),
            ("anonymous_source", "two people familiar with the negotiations"),
            ("hedge", "could"),
            ("media_source", "the newspaper"),
            ("anonymous_source", "A diplomat in the capital"),
            ("hedge", "appeared to"),
            ("anonymous_source", "Opposition MPs"),
        ),
    ),
    Passage(
        "harvest-27",
        "Top seed Yelena Dravkovic withdrew from the Harborview Open on Wednesday with a "
        "wrist injury, hours before her second-round match. The tournament said in a "
        "statement that the 24-year-old had been advised to rest. Dravkovic, who won the "
        'title two years ago, posted on social media that she was "heartbroken." Her '
        "coach, Marco Benedetti-Hale, told reporters the injury was not thought to be "
        "serious and that she could return in time for the season's final major. Her place "
        'in the draw went to a qualifier, Sunniva Tøllefsen. "I\'ll take it," Tøllefsen '
        "said with a laugh.",
        (
            ("named_source", "Dravkovic#2"),
            ("named_source", "Marco Benedetti-Hale"),
            ("hedge", "not thought to"),
            ("hedge", "could"),
            ("named_source", "Tøllefsen#2"),
        ),
    ),
    Passage(
        "harvest-28",
        "The Cobalt Street bridge in downtown Quillbrook will close for at least 18 months "
        "starting in May so crews can replace its deck, city officials announced Monday. "
        "Public Works Director Ana Lucía Berrondo said inspectors had found corrosion in the "
        'steel supports that "left us no real choice." Detours will add roughly 10 minutes '
        "to many commutes, she said. Business owners on the east side of the bridge said "
        'they feared losing customers. "Last time they closed it, I lost a third of my '
        'trade," said Orrin Leffingwell, who owns a hardware store on Cobalt Street. The '
        "mayor, Bettina Szalay, said the city was looking at grants for affected businesses.",
        (
            ("anonymous_source", "city officials"),
            ("named_source", "Ana Lucía Berrondo"),
            ("anonymous_source", "Business owners on the east side of the bridge"),
            ("named_source", "Orrin Leffingwell"),
            ("named_source", "Bettina Szalay"),
        ),
    ),
    Passage(
        "harvest-29",
        "Oksana Veremchuk, an astronomer at the Mount Orrell Observatory, says her team may "
        "have detected water vapour in the atmosphere of a planet orbiting a nearby red "
        "dwarf. The findings, published in the Journal of Planetary Signals, are based on 40 "
        "hours of observations. “We would like a second instrument to confirm it before we "
        "celebrate,” Veremchuk said. Lowther University astrophysicist Bruno "
        "Castellane-Ivey, who was not involved in the study, said the signal was weak and "
        "could be an artefact of the instrument. “It is exciting. It also needs checking,” "
        "he said.",
        (
            ("named_source", "Oksana Veremchuk"),
            ("expert_source", "an astronomer at the Mount Orrell Observatory"),
            ("hedge", "may"),
            ("named_source", "Veremchuk#2"),
            ("expert_source", "Lowther University astrophysicist"),
            ("named_source", "Bruno Castellane-Ivey"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "harvest-30",
        "Waiting lists for hip and knee operations at Dunholme Royal Infirmary have grown by "
        "a fifth since January, figures published by the hospital trust show. The trust’s "
        "medical director, Dr Akosua Bentham-Ree, said the rise followed the loss of two "
        "operating theatres to a leaking roof. Repairs are expected to finish by the end of "
        "May. Patients’ groups said some people were waiting in severe pain for more than a "
        "year. Derek Ollerenshaw, 71, from Fellowes End, said he had been told his knee "
        "replacement might not happen until 2026. “I can barely get up the stairs,” he said.",
        (
            ("named_source", "Dr Akosua Bentham-Ree"),
            ("hedge", "are expected to"),
            ("anonymous_source", "Patients’ groups"),
            ("named_source", "Derek Ollerenshaw"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "harvest-31",
        "A former solicitor stole more than £700,000 from clients’ accounts to fund a "
        "gambling habit, a jury at Castlemere Crown Court heard on Tuesday. Opening the case "
        "for the prosecution, Siobhan Latchford KC said Graham Tilney, 55, had moved money "
        "from the estates of elderly clients into his own accounts over six years. Mr "
        "Tilney, of Dovecot Road, Castlemere, has pleaded not guilty to 14 counts of fraud. "
        "Ms Latchford told jurors that one client’s family discovered the thefts when a "
        "cheque to a care home bounced. The court heard that Tilney had allegedly forged "
        "signatures on at least two withdrawal forms. The trial, which is expected to last "
        "three weeks, continues.",
        (
            ("named_source", "Siobhan Latchford"),
            ("named_source", "Ms Latchford"),
            ("hedge", "allegedly"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "harvest-32",
        "Norcott Appliances is recalling about 310,000 electric kettles sold in the U.S. and "
        "Canada because the base may overheat and melt, the Federal Consumer Safety Board "
        "said Thursday. The company has received 47 reports of kettles melting, including "
        "three that caused minor burns, according to the board. Consumers should stop using "
        "the kettles immediately, the board said. Reached by phone, Norcott's head of "
        "customer relations, Denise Pomfrett, said replacement bases would be shipped free "
        "of charge. Nadia Kovalenko-Strum, a product-safety engineer who consults for "
        "insurers, said a faulty thermal cutoff was probably to blame. The recall was "
        "reported earlier by the consumer newsletter Kitchen Watchdog.",
        (
            ("hedge", "may"),
            ("named_source", "Denise Pomfrett"),
            ("named_source", "Nadia Kovalenko-Strum"),
            ("expert_source", "a product-safety engineer who consults for insurers"),
            ("hedge", "probably"),
            ("media_source", "Kitchen Watchdog"),
        ),
    ),
    Passage(
        "harvest-33",
        "Shoppers in Amblethorpe market square said on Saturday that they were in no hurry "
        "to praise the new bypass, which opened last month after seven years of delays. "
        "“It’s taken the lorries away, I’ll give them that,” said Graham Ibbotson, 66, a "
        "retired joiner. “Half the shops are empty anyway,” said one stallholder. Another "
        "said trade had dropped since parking charges went up. The county council’s cabinet "
        "member for highways, Cllr Rupinder Sahota-Lyle, said traffic through the town "
        "centre had fallen by 60 per cent. Mr Ibbotson was unconvinced: “They can count "
        "cars. They can’t count customers.” Local traders are expected to lobby for free "
        "parking at next month’s council meeting.",
        (
            ("anonymous_source", "Shoppers in Amblethorpe market square"),
            ("named_source", "Graham Ibbotson"),
            ("anonymous_source", "one stallholder"),
            ("anonymous_source", "Another"),
            ("named_source", "Cllr Rupinder Sahota-Lyle"),
            ("named_source", "Mr Ibbotson"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "harvest-34",
        "Police in the Veltrian capital, Dresk, used tear gas on Saturday to disperse "
        "thousands of protesters demanding the release of a jailed opposition leader, "
        "according to local media. At least 40 people were detained, the interior ministry "
        "said. State television showed footage of burning barricades and described the "
        "protesters as “hooligans paid from abroad”. A protester in his twenties, who did "
        "not want to be named for fear of arrest, said he had been beaten by officers. “They "
        "did not ask questions,” he said. The opposition leader, Radovan Sturza, has been "
        "held since March on charges his supporters say are politically motivated. Diplomats "
        "in Dresk said several embassies were likely to issue a joint statement.",
        (
            ("media_source", "local media"),
            ("media_source", "State television"),
            ("anonymous_source", "A protester in his twenties"),
            ("anonymous_source", "his supporters"),
            ("anonymous_source", "Diplomats in Dresk"),
            ("hedge", "were likely to"),
        ),
    ),
    Passage(
        "harvest-35",
        "Greyling Brewing is in talks to acquire the craft brewer Tidewrack Ales for about "
        "$240 million, people familiar with the matter said, in a deal that would give the "
        "company a foothold on the West Coast. The talks are at an advanced stage but could "
        "still fall apart, said one of the people, who asked not to be identified because "
        "the discussions are private. Greyling declined to comment. Tidewrack's co-founder, "
        'Benedikt Orsolya, wrote in an email that the company "talks to a lot of people." '
        "Craft brewers have struggled with falling sales as younger drinkers cut back on "
        "alcohol, data from the Brewers' Ledger trade group show.",
        (
            ("anonymous_source", "people familiar with the matter"),
            ("hedge", "could"),
            ("anonymous_source", "one of the people"),
            ("named_source", "Benedikt Orsolya"),
        ),
    ),
    Passage(
        "harvest-36",
        "Crews were working Sunday to contain an oil sheen stretching about 3 miles along "
        "the Sabbeth River after a pipeline leak near the town of Millrace Bend, state "
        "environmental officials said. The pipeline's operator, Trans-Plains Midstream, said "
        "it had shut the line and that no more than 200 barrels had escaped. A Trans-Plains "
        "spokeswoman said the company would pay for the cleanup. Residents downstream said "
        "they could smell the oil from their porches. \"It's the third leak on this line in "
        'ten years," said Wanda Pettibone, who chairs a local watershed group. An '
        "inspector's report from 2021, obtained by the Millrace Bend Gazette, had flagged "
        "corrosion on the same section of pipe. The cause of the leak is not yet known.",
        (
            ("anonymous_source", "state environmental officials"),
            ("anonymous_source", "A Trans-Plains spokeswoman"),
            ("anonymous_source", "Residents downstream"),
            ("named_source", "Wanda Pettibone"),
            ("media_source", "Millrace Bend Gazette"),
            ("hedge", "not yet known"),
        ),
    ),
    Passage(
        "harvest-37",
        "Marlshire have signed the fast bowler Jory Pengelly-Vance on a two-year deal after "
        "his release by Westdown, the county announced on Tuesday. Pengelly-Vance, 27, took "
        "41 wickets last season but has struggled with a recurring back injury. “He’s hungry "
        "and he’s fit, which is all we ask,” said Marlshire’s director of cricket, Ian "
        "Ruddlesdin. In an interview with Radio Marlshire, Ruddlesdin said the county had "
        "tracked the bowler for two seasons. The deal is understood to include a clause tied "
        "to appearances. Westdown’s head coach, Sipho Mathebula-Grant, said the club had "
        "wanted to keep him but could not match the offer. Pengelly-Vance is expected to "
        "make his debut in the opening round of the Championship in April.",
        (
            ("named_source", "Ian Ruddlesdin"),
            ("media_source", "Radio Marlshire"),
            ("named_source", "Ruddlesdin#2"),
            ("hedge", "is understood to"),
            ("named_source", "Sipho Mathebula-Grant"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "harvest-38",
        "The University of Stanwick is to cut about 300 jobs, according to an email sent to "
        "staff on Monday and seen by the Stanwick Evening Press. The email, from the "
        "vice-chancellor, Professor Hamish Ogundipe-Reid, says the university faces a "
        "deficit of £28m next year because of a fall in international student numbers. Staff "
        "in the arts faculty are thought to be most at risk. The lecturers’ union said it "
        "would ballot members on industrial action. A senior lecturer in history, who asked "
        "not to be named, said colleagues had been “blindsided”. The university said "
        "voluntary redundancies would be sought first.",
        (
            ("media_source", "Stanwick Evening Press"),
            ("named_source", "Professor Hamish Ogundipe-Reid"),
            ("hedge", "are thought to"),
            ("anonymous_source", "A senior lecturer in history"),
        ),
    ),
    Passage(
        "harvest-39",
        "A man who barricaded himself inside a house in rural Tasker County for nearly nine "
        "hours surrendered early Friday, and no one was hurt, authorities said. The standoff "
        "began after deputies tried to serve an eviction notice, said Sheriff Clay "
        "Montverde. The man, whose name was not released, was believed to have several "
        "firearms, Montverde said. Neighbors said they were told to stay indoors through the "
        'night. "You could hear the negotiator on the loudspeaker until about 3 in the '
        'morning," said Alma Ruckert, who lives across the road. The sheriff said the man '
        "would be evaluated at a hospital before being booked.",
        (
            ("anonymous_source", "authorities"),
            ("named_source", "Sheriff Clay Montverde"),
            ("hedge", "was believed to"),
            ("named_source", "Montverde#2"),
            ("anonymous_source", "Neighbors"),
            ("named_source", "Alma Ruckert"),
            ("named_source", "The sheriff"),
        ),
    ),
    Passage(
        "harvest-40",
        "Oil prices climbed more than 3 percent on Wednesday after a drone attack on a "
        "pumping station in northern Zaronia raised fears of supply disruptions. Zaronia's "
        "energy ministry said output had not been affected, but traders said they remained "
        'skeptical. "The market seems to be pricing in a risk premium until someone shows '
        'us the pipeline is running," said Hollis Fairbairn-Odu, a commodities analyst at '
        "Stauntonfield Capital. Several brokers said prices might fall back quickly if "
        "shipments continued as normal. The attack was claimed by a rebel group in a "
        "statement purportedly posted by its leader, according to the Dawnline Courier.",
        (
            ("anonymous_source", "traders"),
            ("hedge", "seems to"),
            ("named_source", "Hollis Fairbairn-Odu"),
            ("expert_source", "a commodities analyst at Stauntonfield Capital"),
            ("anonymous_source", "Several brokers"),
            ("hedge", "might"),
            ("hedge", "purportedly"),
            ("media_source", "Dawnline Courier"),
        ),
    ),
)
