"""Late set: 40 annotated news passages, a sixth set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages`), after the cold set, without running the extractor on
the passages and without reading its code or lexicons. Unlike the earlier blind sets it is
weighted toward ordinary copy rather than hard cases: most passages read like routine wire or
newspaper stories across many beats (courts, politics, health, science, business, markets,
sport, local government, foreign news, technology, disasters, culture, education, crime,
environment, transport, religion, the military, agriculture), with the usual mix of sourcing.
Spread through them are named sources in the ordinary shapes (name then role, role then name,
abbreviated titles, "Mr."/"Ms." on later reference, ages, party tags, inverted "said X"), later
references by surname and by role ("the mayor", "the bishop", "The vice-chancellor"); expert
credentials after the name, before it ("hydrologist", "Professor", "Corsaro Asset Management
strategist") and as relative clauses about research or experience; other outlets cited as
subject of "reported", after "according to" and "a report in", with "told", "citing", "in an
interview with", "first reported by", "seen by", "obtained by", and as later references ("the
newspaper", "the magazine", "The broadcaster", "The agency"); unnamed and vague sources
(anonymity clauses, groups, "people familiar with", "a person with knowledge of", "Another",
"A second officer", unnamed spokespeople and a manager who make a statement); hedges; and
distractors that are not annotated (outlets named but not cited, a journal a study was
published in, titles of office without a statement, organisations speaking for themselves,
vague quantities, "found no evidence", "declined to comment", "could not be reached for
comment", the month "May", people mentioned but not speaking, "can" of ability).

First measurement (2026-12-03, the extractors after the cold set's fixes, nothing changed
with this set in view): macro-F1 0.91 (named 0.86, expert 0.83, unnamed 0.92, media 0.92,
hedges 0.99). Its errors were then read, so the set is no longer blind.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "late-01",
        "A court in Velloran on Tuesday ordered the city's largest private landlord, Harbin "
        "Estates, to repay 1.4 million crowns in unlawful service charges to more than 600 "
        'tenants. Judge Annika Thorsby said the company had billed tenants for repairs "that '
        "were never carried out.\" Harbin's lawyer, Edvard Lunde, told reporters the firm would "
        "study the ruling before deciding whether to appeal. The judgment could encourage "
        "tenants of other landlords to bring similar claims, said Marit Solheim-Vik, who "
        "teaches housing law at the University of Tromsgard. Dozens of tenants packed the "
        "public gallery for the ruling.",
        (
            ("named_source", "Annika Thorsby"),
            ("named_source", "Edvard Lunde"),
            ("hedge", "could"),
            ("named_source", "Marit Solheim-Vik"),
            ("expert_source", "who teaches housing law at the University of Tromsgard"),
        ),
    ),
    Passage(
        "late-02",
        "Sen. Wendell Oakhurst, R-Pinecrest, said on Wednesday that he would not support his "
        "party's plan to cut funding for rural broadband. \"My constituents were promised fast "
        'internet ten years ago, and they are still waiting," Oakhurst said in a floor speech. '
        "His defection leaves the bill two votes short, according to two Senate aides who were "
        "not authorised to discuss the count. Sen. Lorna Vasquez-Pryor, D-Elm Harbor, said "
        "Democrats might offer a compromise that would protect existing grants. The bill is "
        "expected to come to a vote before the August recess. A spokesman for the majority "
        "leader said the schedule had not changed.",
        (
            ("named_source", "Sen. Wendell Oakhurst"),
            ("named_source", "Oakhurst#2"),
            ("anonymous_source", "two Senate aides"),
            ("named_source", "Sen. Lorna Vasquez-Pryor"),
            ("hedge", "might"),
            ("hedge", "is expected to"),
            ("anonymous_source", "A spokesman for the majority leader"),
        ),
    ),
    Passage(
        "late-03",
        "Emergency admissions for heatstroke in the Ostmere region doubled last week, the "
        'regional health authority said on Monday. "Most of the people we are seeing are over '
        '75 and living alone," said Dr. Precious Ndlovu-Graham, an emergency physician at St. '
        "Wenna's Hospital in Lowbridge. Ndlovu-Graham said the true number was probably "
        "higher, because many older patients did not recognise the symptoms. Care home "
        "managers said they had struggled to keep residents cool. The heat is expected to ease "
        "by Thursday, forecasters said, but temperatures could climb again next week.",
        (
            ("named_source", "Dr. Precious Ndlovu-Graham"),
            ("expert_source", "an emergency physician at St. Wenna's Hospital in Lowbridge"),
            ("named_source", "Ndlovu-Graham#2"),
            ("hedge", "probably"),
            ("anonymous_source", "Care home managers"),
            ("hedge", "is expected to"),
            ("anonymous_source", "forecasters"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "late-04",
        "A team of physicists at the Varnell Institute says it has measured the lifetime of a "
        "rare subatomic particle more precisely than ever before. The result, published on "
        "Thursday in the journal Physical Letters East, differs slightly from what theory "
        'predicts. "Small discrepancies have a habit of turning into big stories, so we '
        'checked everything twice," said Tobiah Marangoni, a particle physicist at the '
        "institute who led the analysis. Helle Skovgaard, who studies particle theory at the "
        "University of Aarsted and was not involved in the work, said the gap might shrink as "
        "more data is collected.",
        (
            ("anonymous_source", "A team of physicists at the Varnell Institute"),
            ("named_source", "Tobiah Marangoni"),
            ("expert_source", "a particle physicist at the institute"),
            ("named_source", "Helle Skovgaard"),
            ("expert_source", "who studies particle theory at the University of Aarsted"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "late-05",
        "The department store group Fenwright & Cole will close 22 of its 61 shops over the "
        "next two years, putting about 3,000 jobs at risk, the company said on Wednesday. "
        'Chief executive Harriet Quayle-Mensah said the closures were "painful but '
        'unavoidable" after five years of falling sales. The plan was first reported by the '
        "retail newsletter ShopFloor Weekly on Monday. The Retail Workers' Alliance said it "
        "would fight every closure. The group may also sell its flagship store on Kings Parade "
        "in Merriton, according to a person familiar with the plans.",
        (
            ("named_source", "Harriet Quayle-Mensah"),
            ("media_source", "ShopFloor Weekly"),
            ("hedge", "may"),
            ("anonymous_source", "a person familiar with the plans"),
        ),
    ),
    Passage(
        "late-06",
        "Stocks in Tessaro fell for a fourth straight day on Thursday as investors bet that "
        "the central bank would keep interest rates higher for longer. The benchmark Marzo 40 "
        'index closed down 1.8 percent, led by property and retail stocks. "Every piece of '
        'data this week has pointed the same way," said Corsaro Asset Management strategist '
        "Ilaria Benvenuti. Government bond yields rose to their highest level since 2008. "
        "Traders said the central bank was likely to hold rates at its next meeting in May. "
        "Some fund managers said they had begun moving money into cash.",
        (
            ("expert_source", "Corsaro Asset Management strategist"),
            ("named_source", "Ilaria Benvenuti"),
            ("anonymous_source", "Traders"),
            ("hedge", "likely"),
            ("anonymous_source", "Some fund managers"),
        ),
    ),
    Passage(
        "late-07",
        "Dunholt City striker Mateus Okafor-Lins scored twice as his side beat Arkwell Rovers "
        '3-1 on Saturday to go top of the table. "We played with our heads as well as our '
        'legs," Okafor-Lins, 26, told the broadcaster Pitchside TV after the match. City '
        "manager Greta Haldane said the forward had been carrying a hamstring strain all week "
        "and might be rested for Wednesday's cup tie. The Rovers manager, Benny Marchbanks, "
        'said his players had "switched off" after the second goal. The defeat is likely to '
        "increase the pressure on Marchbanks, whose side has won once in eight games.",
        (
            ("named_source", "Okafor-Lins#2"),
            ("media_source", "Pitchside TV"),
            ("named_source", "Greta Haldane"),
            ("hedge", "might"),
            ("named_source", "Benny Marchbanks"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "late-08",
        "Ellesmoor town council voted on Tuesday night to raise parking charges in the town "
        "centre by 40 percent from April. Councillor Bronwen Tudor-Haines, who chairs the "
        "finance committee, said the increase would raise about £300,000 a year for road "
        "repairs. Shopkeepers said the charges would drive customers to out-of-town retail "
        'parks. "People will simply stop coming," said Raymond Acheson, 58, who has run a '
        "hardware shop on Bridge Street for three decades. Mr. Acheson said two shops on his "
        "street had closed since January. The council leader, Geraint Powys, said the charges "
        "could be reviewed after a year.",
        (
            ("named_source", "Bronwen Tudor-Haines"),
            ("anonymous_source", "Shopkeepers"),
            ("named_source", "Raymond Acheson"),
            ("named_source", "Mr. Acheson"),
            ("named_source", "Geraint Powys"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "late-09",
        "The government of Ardessa has expelled two diplomats from neighbouring Kovrin, "
        "accusing them of spying, the state news agency Ardpress reported on Friday. The "
        "agency said the two men had been given 48 hours to leave the country. Kovrin's "
        'foreign ministry called the accusation "absurd" and promised a response. A Western '
        "diplomat in the Ardessan capital, who spoke on condition of anonymity, said the "
        "expulsions appeared to be linked to a dispute over gas transit fees. Relations "
        "between the two countries have soured since Ardessa's president, Milos Radecki, took "
        "office last year.",
        (
            ("media_source", "Ardpress"),
            ("media_source", "The agency"),
            ("anonymous_source", "A Western diplomat in the Ardessan capital"),
            ("hedge", "appeared to"),
        ),
    ),
    Passage(
        "late-10",
        "The smartphone maker Lumora has pushed back the launch of its first folding phone to "
        "next year after testers found cracks in the hinge during cold-weather trials, "
        "according to two people with knowledge of the matter. One of them said engineers had "
        "redesigned the hinge twice since the spring. The delay was first reported by the "
        "technology site Gadgetry Now. Lumora said in a statement that it did not comment on "
        "unreleased products. The setback may hand an advantage to rivals whose folding models "
        "are already on sale, said Samir Kovačević, a consumer electronics analyst at "
        "Brightwater Research.",
        (
            ("anonymous_source", "two people with knowledge of the matter"),
            ("anonymous_source", "One of them"),
            ("media_source", "Gadgetry Now"),
            ("hedge", "may"),
            ("named_source", "Samir Kovačević"),
            ("expert_source", "a consumer electronics analyst at Brightwater Research"),
        ),
    ),
    Passage(
        "late-11",
        "Floodwaters swept through the river town of Kelsby on Sunday after two days of "
        "torrential rain, forcing hundreds of people from their homes. At least three people "
        'were killed, the regional broadcaster Radio Wendlow reported. "The water rose a metre '
        'in less than an hour," said Ruth Penhaligon-Shaw, 44, who was rescued from her attic '
        "by a fire crew. The county's chief fire officer, Alun Breckett, said crews had "
        "carried out more than 200 rescues. Several residents said flood defences promised "
        "after a similar disaster in 2019 had never been built. The river might not peak until "
        "midweek, said hydrologist Kasimir Wendt of Arlesford University.",
        (
            ("media_source", "Radio Wendlow"),
            ("named_source", "Ruth Penhaligon-Shaw"),
            ("named_source", "Alun Breckett"),
            ("anonymous_source", "Several residents"),
            ("hedge", "might"),
            ("expert_source", "hydrologist"),
            ("named_source", "Kasimir Wendt"),
        ),
    ),
    Passage(
        "late-12",
        "A painting long attributed to a pupil of the Flemish master Joris van Aelst may in "
        "fact be by the master himself, the Rembury Gallery said on Thursday. Infrared scans "
        "revealed sketches beneath the paint that match van Aelst's known working methods, "
        "said Dr. Cressida Vance-Ofori, a conservator at the gallery. Some scholars said the "
        'evidence was not yet strong enough. "The scans are interesting, but they are not a '
        'signature," said Piet Roosendaal, an art historian at the University of Lemmerdijk '
        "who has catalogued van Aelst's work for twenty years. If the attribution is "
        "confirmed, the painting could be worth more than £10 million.",
        (
            ("hedge", "may"),
            ("named_source", "Dr. Cressida Vance-Ofori"),
            ("expert_source", "a conservator at the gallery"),
            ("anonymous_source", "Some scholars"),
            ("named_source", "Piet Roosendaal"),
            (
                "expert_source",
                (
                    "an art historian at the University of Lemmerdijk who has catalogued van "
                    "Aelst's work for twenty years"
                ),
            ),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "late-13",
        "Pupils at more than 40 schools in the Harrowfield district will get free breakfasts "
        "from September under a scheme announced on Monday by the district's education board. "
        "Board chair Winifred Osei-Lamptey said the programme would cost about £2 million a "
        "year. Head teachers said hungry children were arriving at school unable to "
        'concentrate. "You can see the difference by mid-morning," said Colin Strathearn, head '
        "of Millbrook Primary. Free breakfasts can improve attendance and test scores, said "
        "Dr. Anjali Raghunathan, an education researcher at Coldwell University who has "
        "evaluated similar schemes. The scheme is expected to be extended to secondary schools "
        "in 2027.",
        (
            ("named_source", "Winifred Osei-Lamptey"),
            ("anonymous_source", "Head teachers"),
            ("named_source", "Colin Strathearn"),
            ("named_source", "Dr. Anjali Raghunathan"),
            (
                "expert_source",
                "an education researcher at Coldwell University who has evaluated similar schemes",
            ),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "late-14",
        "Police in Saltmarch have charged a 34-year-old man with the theft of rare coins worth "
        "more than £250,000 from the town museum. Detective Sergeant Ifan Roberts said the "
        "man, who has not been named, was arrested at a house in nearby Cleeve on Friday. Most "
        "of the coins have been recovered. Roberts said the man was also suspected of acting "
        "with at least one accomplice. The museum's curator, Philippa Larch-Hughes, said staff "
        'were "relieved beyond words." The man is due to appear before magistrates on Monday. '
        "His lawyer could not be reached for comment.",
        (
            ("named_source", "Ifan Roberts"),
            ("named_source", "Roberts#2"),
            ("hedge", "suspected"),
            ("named_source", "Philippa Larch-Hughes"),
        ),
    ),
    Passage(
        "late-15",
        "A stretch of the River Askwell has been declared ecologically dead after a slurry "
        "spill killed thousands of fish last week, the Environmental Protection Office said on "
        "Wednesday. Anglers said they had found dead trout and salmon along nine kilometres of "
        "the river. The spill appears to have come from a dairy farm upstream, according to "
        "the Askwell Valley Gazette, which cited inspectors' notes. The farm's owner, Desmond "
        "Fairlie, told the newspaper that a storage tank had failed during heavy rain. "
        "Recovery could take a decade, said Professor Orla Mac Giolla of Ballinrue University.",
        (
            ("anonymous_source", "Anglers"),
            ("hedge", "appears to"),
            ("media_source", "Askwell Valley Gazette"),
            ("named_source", "Desmond Fairlie"),
            ("media_source", "the newspaper"),
            ("hedge", "could"),
            ("expert_source", "Professor"),
            ("named_source", "Orla Mac Giolla"),
        ),
    ),
    Passage(
        "late-16",
        "Commuters on the Eastmoor tram network face months of disruption after the operator, "
        "Eastmoor Tramways, said on Monday that 14 of its 40 trams had been withdrawn because "
        'of wheel defects. "We will not run a single tram that we are not certain is safe," '
        "said Conrad Ellery-Vance, the operator's managing director. Services are expected to "
        "run at half their usual frequency until at least March. Some passengers said they had "
        "waited more than an hour on Monday morning. The defects may be linked to a batch of "
        "wheels supplied in 2021, according to an engineering report seen by the Eastmoor "
        "Evening Star.",
        (
            ("named_source", "Conrad Ellery-Vance"),
            ("hedge", "are expected to"),
            ("anonymous_source", "Some passengers"),
            ("hedge", "may"),
            ("media_source", "Eastmoor Evening Star"),
        ),
    ),
    Passage(
        "late-17",
        "Bishop Gregory Amadi-Thorne of the diocese of Westrow said on Sunday that the church "
        "would sell eleven of its rural parish buildings to pay for urgent repairs to its "
        'cathedral. "No one takes this decision lightly," the bishop told the congregation at '
        "Westrow Cathedral. Parishioners in several villages said they had learned of the plan "
        "from a notice pinned to the church door. The sales could raise about £6 million, "
        "according to a diocesan document seen by the Church Chronicle, a weekly newspaper. "
        "Several of the buildings date from the 13th century and are likely to need buyers "
        "willing to take on protected structures.",
        (
            ("named_source", "Gregory Amadi-Thorne"),
            ("named_source", "the bishop"),
            ("anonymous_source", "Parishioners in several villages"),
            ("hedge", "could"),
            ("media_source", "Church Chronicle"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "late-18",
        "The army of Corvessa has begun moving tanks and artillery towards its northern "
        "border, satellite images released by the research group Skywatch Analytics appear to "
        "show. A defence ministry official, who asked not to be named because he was not "
        "authorised to speak to the media, said the deployment was part of a routine exercise. "
        "Two residents of the border town of Halvik told the broadcaster Nordkanal that "
        "convoys had been passing through the town for three nights. The buildup could be "
        "intended as a warning to neighbouring Esterland, said Brigid Connaughton, a former "
        "army intelligence officer who now analyses military affairs at the Dunmarrow "
        "Institute.",
        (
            ("hedge", "appear to"),
            ("anonymous_source", "A defence ministry official"),
            ("anonymous_source", "Two residents of the border town of Halvik"),
            ("media_source", "Nordkanal"),
            ("hedge", "could"),
            ("named_source", "Brigid Connaughton"),
            (
                "expert_source",
                (
                    "a former army intelligence officer who now analyses military affairs at the "
                    "Dunmarrow Institute"
                ),
            ),
        ),
    ),
    Passage(
        "late-19",
        "Farmers in the Tamberlow valley face their worst potato harvest in 30 years after a "
        "wet summer spread blight through their fields, the regional farmers' union said on "
        'Tuesday. "Half my crop is rotting in the ground," said Eamon Fitzwilliam, 61, who '
        "farms 80 hectares near the village of Drumcally. Potato prices could rise by as much "
        "as a third by Christmas, said Hanna Obiora-Linde, an agricultural economist at the "
        "Selbourne Institute. Supermarkets said shelves would stay stocked with imports. The "
        "agriculture minister, Tomas Reilly-Barr, is expected to visit the valley later this "
        "week.",
        (
            ("named_source", "Eamon Fitzwilliam"),
            ("hedge", "could"),
            ("named_source", "Hanna Obiora-Linde"),
            ("expert_source", "an agricultural economist at the Selbourne Institute"),
            ("anonymous_source", "Supermarkets"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "late-20",
        "A former care worker at the Greyhaven nursing home in Tollmouth appeared in court on "
        "Wednesday accused of stealing more than £18,000 from elderly residents. Della "
        "Manchip, 39, allegedly used residents' bank cards to withdraw cash over a period of "
        "two years, prosecutor Gavin Ashdown told the court. Manchip, who did not enter a "
        "plea, was released on bail. The daughter of one resident, who asked not to be "
        'identified, said her mother had been "too frightened to say anything." The home\'s '
        "manager said in a statement that procedures had since been tightened. The case was "
        "adjourned until next month.",
        (
            ("hedge", "allegedly"),
            ("named_source", "Gavin Ashdown"),
            ("anonymous_source", "The daughter of one resident"),
            ("anonymous_source", "The home's manager"),
        ),
    ),
    Passage(
        "late-21",
        "Oskari Vähälä, the leader of Suvela's opposition Centre Alliance, said in an "
        "interview with the weekly magazine Viikkoraportti that his party would not join a "
        'coalition led by the current prime minister. "We have said it before, and we mean '
        'it," Vähälä, 52, told the magazine. Polls suggest the Centre Alliance is likely to '
        "finish second in next month's election. A senior figure in the prime minister's "
        "party, speaking on condition of anonymity, said coalition talks with smaller parties "
        "had already begun. The prime minister, Aino Reinikka, has not commented on Vähälä's "
        "remarks.",
        (
            ("named_source", "Oskari Vähälä"),
            ("media_source", "Viikkoraportti"),
            ("named_source", "Vähälä#2"),
            ("media_source", "the magazine"),
            ("hedge", "suggest"),
            ("hedge", "likely"),
            ("anonymous_source", "A senior figure in the prime minister's party"),
        ),
    ),
    Passage(
        "late-22",
        "Pharmacies across Belgrove are running short of a widely used asthma inhaler, the "
        "newspaper Belgrove Daily Courant reported on Thursday, citing figures from the "
        "national pharmacists' association. The manufacturer, Hollbrook Pharma, said a "
        "production fault at one of its plants had been fixed. Pharmacists said patients were "
        'being turned away or offered alternatives. "Parents are frightened, and I understand '
        'why," said Lotte Brummer, 47, whose son has severe asthma. The shortage could last '
        "into the spring, said Dr. Yaw Adesanya-Kroll, a respiratory specialist at Belgrove "
        "University Hospital.",
        (
            ("media_source", "Belgrove Daily Courant"),
            ("anonymous_source", "Pharmacists"),
            ("named_source", "Lotte Brummer"),
            ("hedge", "could"),
            ("named_source", "Dr. Yaw Adesanya-Kroll"),
            ("expert_source", "a respiratory specialist at Belgrove University Hospital"),
        ),
    ),
    Passage(
        "late-23",
        "The Hesperian Space Agency has postponed the launch of its first Mars orbiter by two "
        "years after engineers found a fault in its fuel valves, the agency's director "
        "general, Rania El-Khoury-Brandt, said on Tuesday. The problem was first reported by "
        "the science magazine Orbit & Beyond last month. The delay will add about 120 million "
        'euros to the cost of the mission, El-Khoury-Brandt said. "Missing this launch window '
        'is painful, but launching a faulty spacecraft would be far worse," said Jonas '
        "Feldkamp, a planetary scientist at the University of Altenwerder. The valves were "
        "made by an outside supplier, according to two people familiar with the programme.",
        (
            ("named_source", "Rania El-Khoury-Brandt"),
            ("media_source", "Orbit & Beyond"),
            ("named_source", "El-Khoury-Brandt#2"),
            ("named_source", "Jonas Feldkamp"),
            ("expert_source", "a planetary scientist at the University of Altenwerder"),
            ("anonymous_source", "two people familiar with the programme"),
        ),
    ),
    Passage(
        "late-24",
        "The brewer Halloran Breweries is in talks to buy the craft beer maker Copperkettle "
        "for about 400 million euros, according to a report in the Ostland Business Times. The "
        "newspaper, which cited three people close to the negotiations, said an agreement "
        "could be signed within weeks. Halloran declined to comment. Copperkettle's founder, "
        "Siobhan Farrelly-Quinn, who owns a majority of the company, did not respond to "
        "messages. Big brewers have been buying craft labels to make up for falling sales of "
        "mainstream lager, said Pieter de Vlaming, a beverage analyst at Kempfort Securities. "
        "Shares in Halloran rose 3 percent.",
        (
            ("media_source", "Ostland Business Times"),
            ("media_source", "The newspaper"),
            ("anonymous_source", "three people close to the negotiations"),
            ("hedge", "could"),
            ("named_source", "Pieter de Vlaming"),
            ("expert_source", "a beverage analyst at Kempfort Securities"),
        ),
    ),
    Passage(
        "late-25",
        "The rugby player Taine Wihongi-Marsh has been banned for six weeks for a dangerous "
        "tackle in last weekend's match against the Port Elvin Mariners. The ban was handed "
        "down on Monday by the league's disciplinary panel. Wihongi-Marsh, 27, who writes a "
        "weekly column for the sports paper Touchline, apologised to the injured player in a "
        'statement. His coach, Ruben Delacroix-Ngata, said the club was "disappointed with the '
        'length of the ban" and could appeal. The injured player, Josh Aldworth, is likely to '
        "miss at least a month with concussion, the Mariners said.",
        (
            ("named_source", "Wihongi-Marsh#2"),
            ("named_source", "Ruben Delacroix-Ngata"),
            ("hedge", "could"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "late-26",
        "Mayor Constance Abernathy-Holt of Millbridge said on Thursday that the city would "
        "hire 60 more police officers next year, paid for by a rise in property taxes. "
        '"Feeling safe on your own street is not a luxury," the mayor said at a news '
        "conference. City Council member Dario Escudero told the Millbridge Ledger that the "
        "rise would hit older homeowners on fixed incomes hardest. The plan may face a close "
        "vote when the council meets next month, according to two council aides. Recorded "
        "crime in the city fell by 6 percent last year, police figures show.",
        (
            ("named_source", "Constance Abernathy-Holt"),
            ("named_source", "the mayor"),
            ("named_source", "Dario Escudero"),
            ("media_source", "Millbridge Ledger"),
            ("hedge", "may"),
            ("anonymous_source", "two council aides"),
        ),
    ),
    Passage(
        "late-27",
        "Security forces in the Vashtari capital, Meruz, fired tear gas at thousands of "
        "protesters on Saturday, state television reported. The protesters were demanding the "
        "release of an opposition leader, Farhad Sadeghpour, who was arrested last month. A "
        "police officer, who spoke on condition of anonymity because he was not authorised to "
        "talk to journalists, said more than 100 people had been detained. A second officer "
        "said some detainees had been taken to a military base. The interior ministry said the "
        'protest had been "illegal." It is unclear whether anyone was seriously hurt.',
        (
            ("media_source", "state television"),
            ("anonymous_source", "A police officer"),
            ("anonymous_source", "A second officer"),
            ("hedge", "It is unclear whether"),
        ),
    ),
    Passage(
        "late-28",
        "The fitness app Stridely shared users' health data with advertisers for at least two "
        "years, according to internal documents obtained by the nonprofit newsroom Brightlamp "
        "Investigations. The documents show that engineers raised concerns about the practice "
        'as early as 2023. Stridely said it had "always complied with the law." The company is '
        "reportedly facing inquiries by data protection regulators in two countries. Sharing "
        "health data for advertising without clear consent is likely illegal in most of "
        "Europe, said Margarethe Vollrath, a privacy lawyer who has advised the European Data "
        "Council. Some users said they had deleted their accounts after reading the report.",
        (
            ("media_source", "Brightlamp Investigations"),
            ("hedge", "reportedly"),
            ("hedge", "likely"),
            ("named_source", "Margarethe Vollrath"),
            ("expert_source", "a privacy lawyer who has advised the European Data Council"),
            ("anonymous_source", "Some users"),
        ),
    ),
    Passage(
        "late-29",
        "A wildfire that broke out on Monday in the hills above Santa Irene had burned more "
        "than 4,000 hectares by Wednesday evening, fire officials said. Some 2,500 people have "
        "been evacuated. One resident, who fled with her two children and a dog, said the "
        "flames had reached her street within twenty minutes. Another said there had been no "
        "warning from the authorities. The fire may have been started by a spark from a power "
        "line, the regional governor, Esteban Quiroga-Luna, told the radio station Onda "
        "Serrana. The cause is still under investigation.",
        (
            ("anonymous_source", "fire officials"),
            ("anonymous_source", "One resident"),
            ("anonymous_source", "Another"),
            ("hedge", "may"),
            ("named_source", "Esteban Quiroga-Luna"),
            ("media_source", "Onda Serrana"),
        ),
    ),
    Passage(
        "late-30",
        "An appeals court in Kellingford on Monday overturned the murder conviction of Aldous "
        "Perrin, who has spent 14 years in prison, ruling that the jury at his trial had not "
        "been told about a key witness's criminal record. Perrin's lawyer, Naledi Carstairs, "
        'said her client was "overwhelmed" and was expected to be freed within days. The '
        "Kellingford prosecutor's office said it was considering whether to seek a retrial. "
        'Ms. Carstairs said a retrial would be "a waste of public money." The ruling could '
        "lead to a review of other cases that relied on the same witness, said Fergus "
        "Ballantyne, a former appeal court judge.",
        (
            ("named_source", "Naledi Carstairs"),
            ("hedge", "was expected to"),
            ("named_source", "Ms. Carstairs"),
            ("hedge", "could"),
            ("named_source", "Fergus Ballantyne"),
            ("expert_source", "a former appeal court judge"),
        ),
    ),
    Passage(
        "late-31",
        "Feeding babies peanut products before their first birthday appears to cut their risk "
        "of developing a peanut allergy by more than half, according to a study of 9,000 "
        "infants published on Wednesday in the journal Paediatric Allergy Review. The study "
        'found no evidence that early feeding caused serious reactions. "Parents have been '
        'told for years to wait, and that advice now looks wrong," said Dr. Yetunde Morrow, a '
        "paediatric allergist at Halsey Children's Hospital and the study's lead author. Nils "
        "Ekström, an immunologist at Tarnby University who was not involved, said the findings "
        "might not apply to babies with severe eczema.",
        (
            ("hedge", "appears to"),
            ("named_source", "Dr. Yetunde Morrow"),
            ("expert_source", "a paediatric allergist at Halsey Children's Hospital"),
            ("expert_source", "the study's lead author"),
            ("named_source", "Nils Ekström"),
            ("expert_source", "an immunologist at Tarnby University"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "late-32",
        "The Serranian peso fell to a record low against the dollar on Tuesday after the news "
        "agency Pressa Austral reported, citing two government officials, that the finance "
        "minister was preparing to resign. The currency lost 4 percent in early trading before "
        "recovering some ground. The finance ministry said the minister, Julieta Arancibia, "
        'had "no intention" of stepping down. A resignation would likely unsettle investors '
        "who have welcomed her spending cuts, said Marcos Benavídez-Soto, chief economist at "
        "Banco Meridional. Some currency traders said the central bank appeared to have sold "
        "dollars to support the peso.",
        (
            ("media_source", "Pressa Austral"),
            ("anonymous_source", "two government officials"),
            ("hedge", "likely"),
            ("named_source", "Marcos Benavídez-Soto"),
            ("expert_source", "chief economist at Banco Meridional"),
            ("anonymous_source", "Some currency traders"),
            ("hedge", "appeared to"),
        ),
    ),
    Passage(
        "late-33",
        "Lecturers at Pellworth University voted on Friday to strike for ten days in March "
        "over plans to cut 180 academic jobs. The university's vice-chancellor, Rosalie "
        "Stackpole, said the cuts were needed to close a £25 million deficit. Several "
        'lecturers said morale in their departments had collapsed. "People are quietly '
        'applying for jobs abroad," said one senior lecturer in the chemistry department, who '
        "asked not to be named. Another said students had not been told which courses would "
        "close. The strike is likely to disrupt end-of-year exams, the students' union said. "
        "The vice-chancellor said she hoped talks could still avert the walkout.",
        (
            ("named_source", "Rosalie Stackpole"),
            ("anonymous_source", "Several lecturers"),
            ("anonymous_source", "one senior lecturer in the chemistry department"),
            ("anonymous_source", "Another"),
            ("hedge", "likely"),
            ("named_source", "The vice-chancellor"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "late-34",
        "Police in Corrigan Bay are investigating a suspected arson attack that destroyed a "
        "boat repair yard early on Sunday. Firefighters found traces of petrol at the scene, "
        "Inspector Maeve Donnelly-Hart said. The yard's owner, Callum Rafferty, said the "
        "business had received threatening phone calls for weeks after a dispute with a former "
        'tenant. "Someone wanted us gone," Rafferty told the Corrigan Bay Tide. The former '
        "tenant could not be reached for comment. Rafferty said the damage could run to more "
        "than £1 million.",
        (
            ("hedge", "suspected"),
            ("named_source", "Maeve Donnelly-Hart"),
            ("named_source", "Callum Rafferty"),
            ("named_source", "Rafferty#2"),
            ("media_source", "Corrigan Bay Tide"),
            ("named_source", "Rafferty#3"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "late-35",
        "Plans for a 40-turbine wind farm off the coast of Rostholm were approved on Thursday "
        "by the national energy regulator. The developer, Nordsund Power, said construction "
        "would begin next year and create about 600 jobs. Fishermen in the port of Skarhavn "
        'said the turbines would close off some of their richest fishing grounds. "They are '
        'building on top of our livelihoods," said Henning Aasgaard, 58, whose family has '
        "fished from Skarhavn for three generations. The wind farm could supply power to about "
        "400,000 homes, said Liv Tornquist-Bakke, an energy systems researcher at Rostholm "
        "Technical University. The decision was front-page news in the daily Skarhavn Posten.",
        (
            ("anonymous_source", "Fishermen in the port of Skarhavn"),
            ("named_source", "Henning Aasgaard"),
            ("hedge", "could"),
            ("named_source", "Liv Tornquist-Bakke"),
            ("expert_source", "an energy systems researcher at Rostholm Technical University"),
        ),
    ),
    Passage(
        "late-36",
        "President Aurel Vintilă of Moldera plans to replace his defence minister in a cabinet "
        "reshuffle as early as next week, the public broadcaster TeleMoldera reported on "
        "Wednesday. The broadcaster, citing people familiar with the president's thinking, "
        "said the minister, Sorin Bălănescu, had lost the president's confidence after a "
        'procurement scandal. A presidential spokeswoman said the reports were "without '
        'foundation." Bălănescu told reporters outside parliament that he had not been '
        "informed of any change. The reshuffle could also affect the foreign and energy "
        "ministries, said Daciana Popovici, a political analyst at the Moldera Institute for "
        "Public Policy.",
        (
            ("media_source", "TeleMoldera"),
            ("media_source", "The broadcaster"),
            ("anonymous_source", "people familiar with the president's thinking"),
            ("anonymous_source", "A presidential spokeswoman"),
            ("named_source", "Bălănescu#2"),
            ("hedge", "could"),
            ("named_source", "Daciana Popovici"),
            ("expert_source", "a political analyst at the Moldera Institute for Public Policy"),
        ),
    ),
    Passage(
        "late-37",
        "The low-cost airline Coralis Air will cancel about 1,200 flights this summer because "
        "of a shortage of air traffic controllers in Portavella, the airline said on Monday. "
        "The airline's chief executive, Marco Dellavalle, called the shortage \"a national "
        'embarrassment." The transport ministry is expected to announce emergency measures '
        "this week, according to a person with knowledge of the plans. Controllers' unions "
        "said staff had been warning of the problem for years. Delays may get worse if a "
        "planned strike by controllers goes ahead in July, said Elke Winterhalder, an aviation "
        "consultant who previously ran operations at Dorrenau Airport.",
        (
            ("named_source", "Marco Dellavalle"),
            ("hedge", "is expected to"),
            ("anonymous_source", "a person with knowledge of the plans"),
            ("anonymous_source", "Controllers' unions"),
            ("hedge", "may"),
            ("named_source", "Elke Winterhalder"),
            (
                "expert_source",
                "an aviation consultant who previously ran operations at Dorrenau Airport",
            ),
        ),
    ),
    Passage(
        "late-38",
        "The singer Saskia Everdeen-Kaur has cancelled the remaining dates of her European "
        "tour, citing exhaustion, her record label said on Saturday. In an interview with the "
        'Sunday newspaper the Harbury Observer, Everdeen-Kaur, 31, said she had been "running '
        'on empty since May." She told the newspaper she hoped to return to the stage next '
        "year. Ticket holders will receive full refunds, promoters said. Some fans said on "
        "social media that they had booked flights and hotels for the concerts. The "
        "cancellations could cost the tour's promoters several million euros, said Rafe "
        "Okonkwo, a music industry analyst at Soundmark Research.",
        (
            ("media_source", "Harbury Observer"),
            ("named_source", "Everdeen-Kaur#2"),
            ("media_source", "the newspaper"),
            ("anonymous_source", "promoters"),
            ("anonymous_source", "Some fans"),
            ("hedge", "could"),
            ("named_source", "Rafe Okonkwo"),
            ("expert_source", "a music industry analyst at Soundmark Research"),
        ),
    ),
    Passage(
        "late-39",
        "A submarine of the Tervalian navy collided with a fishing trawler in the Gulf of Orsk "
        "on Thursday night, the navy said on Friday. All five crew members of the trawler were "
        "rescued. The submarine may have been running at periscope depth with its radar "
        "switched off, according to a report in the naval affairs magazine Fleetline "
        "Quarterly. The trawler's skipper, Anders Vogt-Ellingsen, told local media that the "
        'submarine had "come out of nowhere." A navy officer, speaking on condition of '
        "anonymity, said an internal inquiry had begun. Rear Admiral Kjeld Sandvik, the navy's "
        "chief of staff, is expected to appear before a parliamentary committee next week.",
        (
            ("hedge", "may"),
            ("media_source", "Fleetline Quarterly"),
            ("named_source", "Anders Vogt-Ellingsen"),
            ("media_source", "local media"),
            ("anonymous_source", "A navy officer"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "late-40",
        "Swarms of locusts have crossed into the wheat-growing province of Tazirt in southern "
        "Kharun, the country's plant protection service said on Monday. The swarms are the "
        "largest seen in the region since 1998, said Yousra Benhaddou, an entomologist at the "
        "Kharun Agricultural Research Centre who has tracked locust outbreaks for two decades. "
        "Farmers in the province said the insects had stripped some fields bare within hours. "
        "Spraying is expected to begin this week, though officials said supplies of pesticide "
        "were limited. Losses could reach a fifth of the harvest, possibly more if the swarms "
        "breed, Benhaddou said.",
        (
            ("named_source", "Yousra Benhaddou"),
            (
                "expert_source",
                (
                    "an entomologist at the Kharun Agricultural Research Centre who has tracked "
                    "locust outbreaks for two decades"
                ),
            ),
            ("anonymous_source", "Farmers in the province"),
            ("hedge", "is expected to"),
            ("anonymous_source", "officials"),
            ("hedge", "could"),
            ("hedge", "possibly"),
            ("named_source", "Benhaddou#2"),
        ),
    ),
)
