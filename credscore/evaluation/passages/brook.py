"""Brook set: 40 annotated news passages, an eighteenth set for one-shot blind measurement (invented
people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes and
``gold_spans``), after the ridge set and at the same time as the meadow set, which was written by
another writer who did not read this one (nor was it read here), without running the extractor, the
scorer, the CLI, the tests or the evaluation on the passages, without reading the extractor's code,
features, models or lexicons, and without reading the other sets' passages (only the docstring and
opening two entries of the ridge set, for the format); surnames, place names and outlet names were
checked against the other sets and the behaviour cases and replaced where they already occurred. The
only code run on it, besides ruff, resolves each gold item to offsets with ``gold_spans`` and counts
sentences. Like the sets before it, it is weighted toward ordinary copy rather than hard cases:
routine wire and newspaper stories of five to eight sentences across many beats (a by-election, a
trucking company's cut outlook, a lower milk price, postponed farm-school closures, a router flaw, a
burglary series, a lost lunar lander, a cancelled folk festival, port congestion, rising rents, a
Lassa fever outbreak, an injured captain before a grand final, parish closures, an approved wind
farm, a sheriff's recount, a falling pound, an onion price spike, a later school start, a digital
lender's outage, a cash-in-transit heist, a new comet, a band reunion, cancelled ferry sailings,
eviction filings, a whooping cough outbreak, a sacked football coach, lead stolen from a church
roof, a paused gas pipeline, a disputed presidential election, a flooded platinum shaft,
grasshoppers on the Prairies, a failed school inspection, a tutoring app's data breach, officers on
leave over an arrest video, a failed rocket launch, a singer's royalties lawsuit, a grounded timber
ship, falling house prices, bird flu on an egg farm and a fast bowler's stress fracture), in
British, American, Irish, South African, Kenyan, Nigerian, Indian, Australian, New Zealand and
Canadian spelling and conventions, with straight and curly quotes. Spread through them are named
sources in the ordinary shapes (name then role, role then name, role and name in apposition, as in
"The state Commissioner for Health, Dr Ngozi Abaraonye-Fasanmi," and "The vicar, the Rev Judith
Rimmington,"; titles such as "Cllr", "Det Sgt", "DS", "Insp", "Captain", "Eng.", "Alhaji", "Bishop",
"The Rev.", "the Rev", "Sheriff", "Mayor", "Police Chief", "County Commissioner", "Housing
Minister", "Rep.", "Sir", "Ms", "Mrs", "Dr", "Dr.", "Prof." and "Professor"; ages; party tags
"(Con)" and "(R-Winnowash)"; inverted "said X", as in "said Owen Gethwick, a transportation analyst
at ..." and "said Marisol Ybarra, who researches ..."; sources who added, urged, posted, wrote,
apologised, told a hustings, told MPs, told investors or spoke "in a letter to parents"), later
references by surname ("Whakarongo said", "Mbekweni added", "Trengrove said", "Scarcella posted",
"Tousignant-Maheu said", "Yturralde said", "Fashola, who joined in 2024, told", "Lacombe-Roch said",
"Shoffner posted", "Lalwani wrote"), with a title ("Ms Wendlecott added", "DS Halsall urged", "Ms
MacFarquhar said", "Dr Tipene-Wallace said") and by role ("the bishop said", "The commissioner
added"); expert credentials after the name ("a transportation analyst at ...", "an agricultural
economist at ...", "a planetary scientist at the University of ...", "a property economist at ...",
"a church historian at ...", "chief economist at ...", "an agricultural scientist at ...", "an
astronomer at ...", "a housing economist at ...", "a senior energy analyst at ...", "a mining
analyst at ...", "an entomologist with the provincial agriculture ministry", "a professor of
computer science at ...", "a naval architect at the University of ..."), before it ("Education
researcher", "Virologist", "Energy analyst", "Fintech analyst", "Security analyst", "Political
analyst", "Space policy researcher", "Entertainment lawyer", "Kahurangi Mutual chief economist") and
with a relative clause ("who researches embedded-device security at ...", "who teaches election law
at ...", "who studies comets at the University of ..."); other outlets cited as subject of
"reported", "first reported" and "said" ("The paper said", "State television, citing the commission,
said"), after "according to" (a local paper, a music magazine, a business daily, a trade
publication, a financial news website, a farm weekly, a maritime news site), with "told" (a local
paper, a podcast, a technology weekly, a sports daily, a music trade magazine, a sports channel, a
local radio station, a broadcaster's news programme and, as a later reference, "the magazine"), "in
an interview with" (two radio stations), "first reported by" (a technology site, a newspaper, a
technology news portal), "seen by" (a financial paper), "obtained by" (a local paper), a wire
agency, an independent television channel, "Local media" and "State television"; unnamed and vague
sources (officials, anonymity clauses such as "who asked not to be named", "who spoke on condition
of anonymity", "speaking on condition of anonymity" and "who did not want to be named", "Two people
familiar with the company's response", "A person familiar with the company’s systems", "A person who
has examined the leaked files", "a person close to the dressing room", "A source close to the band",
"A Treasury source", "Western diplomats in Mbeleni", "A second official", "One parent" and an
elliptical "Another", unnamed spokespeople for a department, a diocese and a trust, groups such as
"Traders", "traders", "Retailers", "Analysts", "Other analysts", "Unions", "Landlords", "Opponents",
"Witnesses", "promoters", "Club insiders", "Chemical dealers", "Some parents", "Some users", "Some
first-home buyers", "security researchers" and "shipping agents", and people at or of a place such
as "Parents at Sidwadweni Primary School", "Traders at Mbarakani's Soko Kuu market", "Residents of a
nearby informal settlement", "Supporters who gathered outside the club's secretariat", "Pharmacists
in the town", "Health officials in Te Rauhina", "A neighbour on Cobwell Lane", "A hospital official
in Ugbarin", "A worker at the farm", "One Tarawhiti sharemilker" and "Members of an online amateur
astronomy forum"); hedges ("may", "may have", "might", "could" of possibility, "likely", "unlikely",
"probably", "possibly", "perhaps", "allegedly", "reportedly", "suspected", "appeared to", "appears
to", "seem to", "is likely to", "are likely to", "is expected to", "are expected to", "was expected
to", "were expected to", "is believed to", "are thought to", "It is thought", "is understood to",
"are understood to", "not yet clear"); and distractors that are not annotated (companies, a ministry
of health, an education office, a developer, a ferry operator, a union, a police department, a
coastguard, an electoral commission, an opposition party, a state agriculture department, a cricket
association and a football club speaking for themselves; an inspection report, a lawsuit, a
nonprofit's report, a property data firm's figures, official rent figures and a church council's
estimate; titles of office such as "Medical officer of health", "the state veterinarian", "medical
officer", "regional chair", "Mission director", "Festival director", "managing director", "chief
executive", "Headteacher", "Churchwarden" and "Harbourmaster", and a challenger's background as "a
retired state trooper"; people mentioned who do not speak, including an injured captain before he
posts, a sacked coach before he speaks, a bowler before he writes, a president, a bassist who "has
not commented publicly" and a man struck during an arrest; "told reporters", "told journalists",
"told analysts", "told supporters" and "to speak to the media"; groups acting rather than speaking,
such as "Detectives", "Engineers", "Astronomers", "Selectors", "Banks", "Bookmakers", "ministers"
and "federal regulators"; vague quantities such as "about $400,000", "nearly 20 lakh users" and "at
least nine homes"; "declined to comment", "did not respond", "appeared before magistrates", "quietly
confident", "no doubt at all", "heavy rain forecast", "weaker than forecast", the month "May",
"can't" of ability, "would" in reported speech and "should" of obligation).

First measurement (2026-12-03, before the passages were read; the extractors of commit
a0157c7, and the same with 90744ba): macro-F1 **0.96** (named 0.95, expert 0.96, anonymous
0.91, outlets 0.99, hedges 0.99).
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "brook-01",
        "Voters in the Harrowmere and Coldby by-election go to the polls on Thursday after a "
        "campaign dominated by rural bus cuts and hospital parking charges. The Liberal "
        "Democrat candidate, Philippa Wendlecott, said she was “quietly confident” after "
        "canvassing more than 3,000 homes. Her nearest rival, Cllr Desmond Fairhurst (Con), "
        "told a hustings in Coldby that the seat would be decided on local issues. Turnout "
        "is likely to be low, with heavy rain forecast across the constituency. One party "
        "organiser, who asked not to be named, said the return of postal votes had been "
        "“patchy at best”. The count is expected to finish in the early hours of Friday. Ms "
        "Wendlecott added that the result could hinge on a few hundred votes.",
        (
            ("named_source", "Philippa Wendlecott"),
            ("named_source", "Cllr Desmond Fairhurst"),
            ("hedge", "is likely to"),
            ("anonymous_source", "One party organiser"),
            ("hedge", "is expected to"),
            ("named_source", "Ms Wendlecott"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "brook-02",
        "Shares of Tamblin Freight Systems fell 14% on Wednesday after the trucking company "
        "cut its full-year outlook, citing weaker demand from retailers. Chief executive "
        'Loretta Vanderkamp told analysts on a conference call that volumes had "softened '
        'more than we planned for" in the second quarter. The company said it may close two '
        'of its 11 terminals. "This is a cyclical trough, not a structural problem," said '
        "Owen Gethwick, a transportation analyst at Pennymoor Securities. Other analysts "
        "said the cut was overdue. The Merriwether Journal reported last month that Tamblin "
        "was exploring a sale of its freight brokerage unit. The company declined to comment "
        "on that report.",
        (
            ("named_source", "Loretta Vanderkamp"),
            ("hedge", "may"),
            ("named_source", "Owen Gethwick"),
            ("expert_source", "a transportation analyst at Pennymoor Securities"),
            ("anonymous_source", "Other analysts"),
            ("media_source", "The Merriwether Journal"),
        ),
    ),
    Passage(
        "brook-03",
        "Dairy farmers in the Tarawhiti Basin are bracing for a lower milk price after a "
        "third weak auction in a row. Federated Growers regional chair Hemi Whakarongo said "
        "many farmers had already cut back on fertiliser and winter feed. “Nobody’s "
        "panicking yet, but the mood in the sheds is pretty grim,” he said. Dr Fenella "
        "Drummock-Oake, an agricultural economist at Waitaha University, said the opening "
        "forecast was likely to be trimmed by 30 to 40 cents a kilogram. Banks are "
        "understood to be contacting their most indebted clients. Whakarongo said the "
        "co-operative should publish its numbers sooner. One Tarawhiti sharemilker said she "
        "had sold 20 cows to cover her lease payments.",
        (
            ("named_source", "Hemi Whakarongo"),
            ("named_source", "Dr Fenella Drummock-Oake"),
            ("expert_source", "an agricultural economist at Waitaha University"),
            ("hedge", "likely"),
            ("hedge", "are understood to"),
            ("named_source", "Whakarongo#2"),
            ("anonymous_source", "One Tarawhiti sharemilker"),
        ),
    ),
    Passage(
        "brook-04",
        "The Kwazikhona district education office has postponed the closure of 14 small farm "
        "schools after protests by parents. Departmental spokesperson Lwazi Mbekweni said "
        "the schools would stay open until the end of the year while learner transport was "
        "arranged. Parents at Sidwadweni Primary School said the nearest alternative was "
        "18km away along a gravel road. “Our children will be walking next to the taxis. "
        "Someone might die,” said Nomvuyo Qwabe-Sithole, who chairs the school governing "
        "body. Education researcher Prof. Anele Duma-Kruger said small multigrade schools "
        "were probably doing better than their critics assumed. The teachers’ union is "
        "expected to oppose any redeployment of staff. Mbekweni added that a final decision "
        "could be taken in January.",
        (
            ("named_source", "Lwazi Mbekweni"),
            ("anonymous_source", "Parents at Sidwadweni Primary School"),
            ("hedge", "might"),
            ("named_source", "Nomvuyo Qwabe-Sithole"),
            ("expert_source", "Education researcher"),
            ("named_source", "Prof. Anele Duma-Kruger"),
            ("hedge", "probably"),
            ("hedge", "is expected to"),
            ("named_source", "Mbekweni#2"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "brook-05",
        "A flaw in the firmware of Lintrell home routers could let attackers take control of "
        "millions of devices, security researchers warned on Monday. The bug was first "
        "reported by TechSpindle, a technology news site, which said it had confirmed the "
        "problem on three models. Lintrell said in a statement that a patch would be "
        'released "within days." "Anyone who hasn\'t updated since March is probably '
        'exposed," said Marisol Ybarra, who researches embedded-device security at Marnock '
        "Polytechnic Institute. It is not yet clear whether the flaw has been exploited. Two "
        "people familiar with the company's response said its engineers had known about the "
        "problem since the spring. Lintrell did not respond to questions about that "
        "timeline.",
        (
            ("hedge", "could"),
            ("anonymous_source", "security researchers"),
            ("media_source", "TechSpindle"),
            ("named_source", "Marisol Ybarra"),
            (
                "expert_source",
                "who researches embedded-device security at Marnock Polytechnic Institute",
            ),
            ("hedge", "probably"),
            ("hedge", "not yet clear"),
            ("anonymous_source", "Two people familiar with the company's response"),
        ),
    ),
    Passage(
        "brook-06",
        "Detectives investigating a string of burglaries in the Scorby Vale area have "
        "charged two men, aged 24 and 31. Det Sgt Rowena Halsall said the pair were "
        "suspected of targeting at least nine homes over a fortnight, mostly while the "
        "owners were at work. Jewellery, laptops and a vintage motorbike were taken. “Some "
        "of the property has already been sold on through social media, and we are working "
        "to trace it,” she said. A neighbour on Cobwell Lane said she had seen a white van "
        "parked outside the houses several times. Both men appeared before magistrates in "
        "Scorby on Monday and were remanded in custody. DS Halsall urged anyone who had been "
        "offered cheap jewellery to contact police.",
        (
            ("named_source", "Det Sgt Rowena Halsall"),
            ("hedge", "suspected"),
            ("anonymous_source", "A neighbour on Cobwell Lane"),
            ("named_source", "DS Halsall"),
        ),
    ),
    Passage(
        "brook-07",
        "The privately built Tesserae-2 lander lost contact with controllers minutes before "
        "its planned touchdown near the moon's south pole on Friday. Mission director Tobias "
        "Rennardson-Agyekum told reporters the craft had been descending normally until it "
        'was about 2 kilometers above the surface. "We may have lost the vehicle, but we '
        'have not lost the data," he said. Engineers are thought to be examining whether a '
        "laser altimeter, possibly confused by long shadows, fed false readings to the "
        "guidance computer. Dr. Priyanka Chaudhuri, a planetary scientist at the University "
        'of Westerbrook, said the landing site was one of the hardest on the moon. "Even a '
        'perfect lander might not have survived that slope," she said. The company, '
        "Arclight Orbital, said it would publish a full report within a month.",
        (
            ("named_source", "Tobias Rennardson-Agyekum"),
            ("hedge", "may have"),
            ("hedge", "are thought to"),
            ("hedge", "possibly"),
            ("named_source", "Dr. Priyanka Chaudhuri"),
            ("expert_source", "a planetary scientist at the University of Westerbrook"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "brook-08",
        "The Cranmoss Folk Festival in Birchmount, Man., has been cancelled for the first "
        "time in its 38-year history after its main sponsor withdrew. Festival director "
        "Geneviève Tousignant-Maheu said organizers had spent months trying to find a "
        'replacement. "We ran out of road," she said in an interview with CKRV Radio. '
        "Several headline performers had already booked travel, according to the Birchmount "
        "Courier. The festival is believed to owe about $400,000 to suppliers. One longtime "
        'volunteer said the news had left her "gutted, honestly." Tousignant-Maheu said '
        "the festival could return in 2027 if a new sponsor is found.",
        (
            ("named_source", "Geneviève Tousignant-Maheu"),
            ("media_source", "CKRV Radio"),
            ("media_source", "the Birchmount Courier"),
            ("hedge", "is believed to"),
            ("anonymous_source", "One longtime volunteer"),
            ("named_source", "Tousignant-Maheu#2"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "brook-09",
        "Container ships are waiting up to nine days to berth at Mbarakani Bay, according to "
        "shipping agents, as a crane breakdown compounds a surge in transit cargo. A senior "
        "official at the Mbarakani Ports Authority, who asked not to be named because he was "
        "not authorised to speak to the media, said two of the port's five gantry cranes had "
        "been out of service since early in the month. A second official said spare parts "
        "had been ordered only last week. The parts are expected to arrive from abroad by "
        "the end of the month. Shipping agent Nyokabi Ogutu-Keller said some lines had "
        "already begun diverting cargo to rival ports. The authority's managing director, "
        "Eng. Kiprono Lagat-Mwende, told the Coastal Observer that the backlog would be "
        "cleared within weeks. Traders at Mbarakani's Soko Kuu market said the price of "
        "imported rice had risen by a fifth. The Pwani News Agency reported that 14 ships "
        "were at anchor on Monday.",
        (
            ("anonymous_source", "shipping agents"),
            ("anonymous_source", "A senior official at the Mbarakani Ports Authority"),
            ("anonymous_source", "A second official"),
            ("hedge", "are expected to"),
            ("named_source", "Nyokabi Ogutu-Keller"),
            ("named_source", "Eng. Kiprono Lagat-Mwende"),
            ("media_source", "the Coastal Observer"),
            ("anonymous_source", "Traders at Mbarakani's Soko Kuu market"),
            ("media_source", "The Pwani News Agency"),
        ),
    ),
    Passage(
        "brook-10",
        "Rents in Carrowdrum rose by 11 per cent in the year to March, the highest increase "
        "of any county, according to figures from the Residential Tenancies Office. Local TD "
        "Siobhán Ní Fhearghail-Duggan said young workers were being forced to commute two "
        "hours from neighbouring counties. “People are sleeping in cars in the hospital car "
        "park,” she said. Cathal Mulcreevy-Hanlon, a property economist at Ardmoyle "
        "University, said new supply was unlikely to catch up with demand before 2028. A "
        "spokeswoman for the Department of Housing said a new grant for vacant homes might "
        "help within months. The Carrowdrum Champion reported last week that three planned "
        "apartment blocks in the town had stalled. The paper said financing costs for the "
        "developers had risen by almost half since 2022.",
        (
            ("named_source", "Siobhán Ní Fhearghail-Duggan"),
            ("named_source", "Cathal Mulcreevy-Hanlon"),
            ("expert_source", "a property economist at Ardmoyle University"),
            ("hedge", "unlikely"),
            ("anonymous_source", "A spokeswoman for the Department of Housing"),
            ("hedge", "might"),
            ("media_source", "The Carrowdrum Champion"),
            ("media_source", "The paper"),
        ),
    ),
    Passage(
        "brook-11",
        "The Ezinwa State Ministry of Health has confirmed 42 cases of Lassa fever since "
        "January, with nine deaths. The state Commissioner for Health, Dr Ngozi "
        "Abaraonye-Fasanmi, told journalists in Ugbarin that rodent control teams had been "
        "deployed to the worst-hit local government areas. She said the true number of "
        "infections might be higher, because many patients first went to patent medicine "
        "stores. A hospital official in Ugbarin, who spoke on condition of anonymity, said "
        "the isolation ward had run out of beds twice this month. Virologist Prof. Tunde "
        "Olabiyi said the outbreak appeared to be following the usual dry-season pattern. "
        "The commissioner added that treatment was free at all general hospitals in the "
        "state. The Ugbarin Evening Post reported that some health workers had not been paid "
        "their hazard allowance since October.",
        (
            ("named_source", "Dr Ngozi Abaraonye-Fasanmi"),
            ("hedge", "might"),
            ("anonymous_source", "A hospital official in Ugbarin"),
            ("expert_source", "Virologist"),
            ("named_source", "Prof. Tunde Olabiyi"),
            ("hedge", "appeared to"),
            ("named_source", "The commissioner"),
            ("media_source", "The Ugbarin Evening Post"),
        ),
    ),
    Passage(
        "brook-12",
        "Yarrabool Point captain Jed Scarcella is unlikely to play in Saturday’s grand final "
        "after scans revealed a small fracture in his left hand. Coach Annalise Trengrove "
        "said the club would give him every chance to prove his fitness but was preparing as "
        "if he would miss. “Jed’s gutted. He’s been our best player all year,” Trengrove "
        "said. Club insiders said the forward had been carrying the injury for a fortnight. "
        "Scarcella posted a photo of his strapped hand on social media with the caption “not "
        "done yet”. Former captain Rhys Bonython told the Footy Yarns podcast that the "
        "Cormorants could still win without him. Bookmakers have eased the side from "
        "favourites to even money.",
        (
            ("hedge", "unlikely"),
            ("named_source", "Annalise Trengrove"),
            ("named_source", "Trengrove#2"),
            ("anonymous_source", "Club insiders"),
            ("named_source", "Scarcella#2"),
            ("named_source", "Rhys Bonython"),
            ("media_source", "Footy Yarns"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "brook-13",
        "The Diocese of Port Ansgarde will close or merge 23 parishes over the next three "
        "years, Bishop Anselm Grzelczak-Reade announced on Sunday. In a letter read at "
        "Masses across the diocese, the bishop said falling attendance and a shortage of "
        'priests had left many parishes "unsustainable in their current form." The '
        "closures are likely to fall hardest on small rural parishes in the north of the "
        "diocese. The Rev. Mateo Echauri-Doak, pastor of St. Brendan's in Lowcroft, said his "
        'parishioners were "heartbroken but not surprised." Some parishioners at St. '
        "Brendan's said they planned to appeal the decision. A diocesan spokeswoman said no "
        "church buildings would be sold before 2027. Margaret Pilkenton, a church historian "
        "at Harnden Seminary, said similar closures elsewhere had often been followed by a "
        "further fall in Mass attendance.",
        (
            ("named_source", "Bishop Anselm Grzelczak-Reade"),
            ("named_source", "the bishop"),
            ("hedge", "likely"),
            ("named_source", "The Rev. Mateo Echauri-Doak"),
            ("anonymous_source", "Some parishioners at St. Brendan's"),
            ("anonymous_source", "A diocesan spokeswoman"),
            ("named_source", "Margaret Pilkenton"),
            ("expert_source", "a church historian at Harnden Seminary"),
        ),
    ),
    Passage(
        "brook-14",
        "Plans for a 40-turbine wind farm on Glenrossie Moor have been approved by ministers "
        "despite objections from the local community council. The developer, Skyrran "
        "Renewables, said the scheme would generate enough electricity for 90,000 homes. "
        "Community council chairwoman Isla MacFarquhar said residents felt their views had "
        "been “brushed aside”. The decision, first reported by the Strathannan Herald, is "
        "expected to be challenged in the courts. Energy analyst Dr Rory Pennycuick said the "
        "project was likely to be among the cheapest sources of new power in Scotland. Ms "
        "MacFarquhar said the group would meet next week to consider its options.",
        (
            ("named_source", "Isla MacFarquhar"),
            ("media_source", "the Strathannan Herald"),
            ("hedge", "is expected to"),
            ("expert_source", "Energy analyst"),
            ("named_source", "Dr Rory Pennycuick"),
            ("hedge", "likely"),
            ("named_source", "Ms MacFarquhar"),
        ),
    ),
    Passage(
        "brook-15",
        "A recount in the Republican primary for Varney County sheriff will begin Monday "
        "after the two candidates finished 41 votes apart, county election officials said. "
        "Challenger Dwayne Heffernan-Stubbs, 58, a retired state trooper, said he was "
        "confident that uncounted provisional ballots would close the gap. Sheriff Carla "
        'Yturralde told the Varney Tribune-Gazette that she had "no doubt at all" the '
        "result would hold. Harriet Yoderman, who teaches election law at Cuttercreek State "
        "University, said recounts rarely changed the margin by more than a few dozen votes. "
        "The recount is likely to take at least a week. Yturralde said her office would "
        "carry on as normal throughout.",
        (
            ("anonymous_source", "county election officials"),
            ("named_source", "Dwayne Heffernan-Stubbs"),
            ("named_source", "Sheriff Carla Yturralde"),
            ("media_source", "the Varney Tribune-Gazette"),
            ("named_source", "Harriet Yoderman"),
            ("expert_source", "who teaches election law at Cuttercreek State University"),
            ("hedge", "is likely to"),
            ("named_source", "Yturralde#2"),
        ),
    ),
    Passage(
        "brook-16",
        "The pound slipped to a four-month low against the dollar on Tuesday after weaker "
        "than forecast retail sales figures. Traders said markets were now pricing in an "
        "interest rate cut as early as next month. “The data were soft across the board, and "
        "the Bank may feel it has room to move,” said Imogen Garlthorpe, chief economist at "
        "Paxford Lane Capital. The Bank’s governor, Sir Alistair Moncrieff, told MPs last "
        "week that inflation was “not yet beaten”. Retailers blamed a wet spring for a sharp "
        "fall in clothing sales. A Treasury source said the figures were disappointing but "
        "not alarming. A memo from one large chain, seen by the City Reckoner, told store "
        "managers to cut prices on summer stock.",
        (
            ("anonymous_source", "Traders"),
            ("hedge", "may"),
            ("named_source", "Imogen Garlthorpe"),
            ("expert_source", "chief economist at Paxford Lane Capital"),
            ("named_source", "Sir Alistair Moncrieff"),
            ("anonymous_source", "Retailers"),
            ("anonymous_source", "A Treasury source"),
            ("media_source", "the City Reckoner"),
        ),
    ),
    Passage(
        "brook-17",
        "Onion prices at the Nandurgaon wholesale market have doubled in a fortnight after "
        "unseasonal rain damaged the late kharif crop, traders said. Farmer Dnyaneshwar "
        "Kadam-Patil, who grows onions on four acres near Karanjwadi, said nearly half his "
        'harvest had rotted in the field. "We waited the whole year for this crop," he '
        "said. Dr. Sunanda Ghorpade, an agricultural scientist at the Western Plateau Crop "
        "Research Institute, said the damaged bulbs were unlikely to store well and would "
        "reach the market quickly. Officials in the state agriculture department said a "
        "survey of losses would be completed within ten days. Prices are expected to ease "
        "once the rabi crop arrives in March, according to the business daily Arthik Vrutta.",
        (
            ("anonymous_source", "traders"),
            ("named_source", "Dnyaneshwar Kadam-Patil"),
            ("named_source", "Dr. Sunanda Ghorpade"),
            (
                "expert_source",
                "an agricultural scientist at the Western Plateau Crop Research Institute",
            ),
            ("hedge", "unlikely"),
            ("anonymous_source", "Officials in the state agriculture department"),
            ("hedge", "are expected to"),
            ("media_source", "Arthik Vrutta"),
        ),
    ),
    Passage(
        "brook-18",
        "The Sagehollow Unified School District will start classes 40 minutes later next "
        "fall under a plan approved 5-2 by the school board on Thursday. Superintendent Dr. "
        "Kendra Okunoye-Whitt said the change would let the district run fewer bus routes "
        "and save about $1.8 million a year. Some parents said the later start would make "
        "mornings harder for families with two working parents. \"I'm going to have to leave "
        'for work before my kids even get up," said Tamsin Burkhardt, a mother of three. '
        "Board member Luis Arizmendi, who voted against the plan, said after-school sports "
        "might have to finish after dark. The district's own survey found that most high "
        "school students supported the change.",
        (
            ("named_source", "Dr. Kendra Okunoye-Whitt"),
            ("anonymous_source", "Some parents"),
            ("named_source", "Tamsin Burkhardt"),
            ("named_source", "Luis Arizmendi"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "brook-19",
        "Customers of the digital lender Paystride were unable to make transfers for most of "
        "Saturday after what the company described as a database failure. In a post on "
        "social media, chief executive Ifeoluwa Ajisafe apologised and said no customer "
        "funds had been lost. Some users said money had left their accounts but had not "
        "reached the recipients. A person familiar with the company’s systems told TechNaija "
        "Weekly that the failure followed a botched software upgrade. The Central Bank is "
        "understood to have asked for a full incident report. Fintech analyst Chidera "
        "Ezeigbo said outages of this length could erode trust in digital lenders.",
        (
            ("named_source", "Ifeoluwa Ajisafe"),
            ("anonymous_source", "Some users"),
            ("anonymous_source", "A person familiar with the company’s systems"),
            ("media_source", "TechNaija Weekly"),
            ("hedge", "is understood to"),
            ("expert_source", "Fintech analyst"),
            ("named_source", "Chidera Ezeigbo"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "brook-20",
        "Police have launched a manhunt after armed robbers blew open a cash-in-transit van "
        "on the road between Ditshego and Kwanobela on Wednesday morning. Police "
        "spokesperson Captain Mpho Ramokgopa said about ten suspects armed with rifles had "
        "forced the van off the road. The two guards were not injured but were treated for "
        "shock. The gang is believed to have escaped with an undisclosed amount of cash. The "
        "robbers allegedly used a stolen bakkie to block the road. Residents of a nearby "
        "informal settlement said they had heard at least three explosions. Security analyst "
        "Dr Johan Venter-Makhubu said such attacks had become less frequent but more "
        "violent. Local media reported that the same company’s vans had been targeted twice "
        "this year.",
        (
            ("named_source", "Captain Mpho Ramokgopa"),
            ("hedge", "is believed to"),
            ("hedge", "allegedly"),
            ("anonymous_source", "Residents of a nearby informal settlement"),
            ("expert_source", "Security analyst"),
            ("named_source", "Dr Johan Venter-Makhubu"),
            ("media_source", "Local media"),
        ),
    ),
    Passage(
        "brook-21",
        "Astronomers using the Karsfeld Observatory’s new survey telescope have found a "
        "comet that may become visible to the naked eye next spring. The object, designated "
        "C/2026 K3, was spotted on images taken last Tuesday. Dr Ottilie Zamorano, an "
        "astronomer at Karsfeld, said its brightness would depend on how active its nucleus "
        "became. Comets are notoriously fickle, and this one could break apart as it swings "
        "close to the Sun, she said. Members of an online amateur astronomy forum said they "
        "had already confirmed the discovery with backyard telescopes. Prof. Idris Penllyn, "
        "who studies comets at the University of Llanfenwy, said it was probably making its "
        "first trip into the inner solar system.",
        (
            ("hedge", "may"),
            ("named_source", "Dr Ottilie Zamorano"),
            ("expert_source", "an astronomer at Karsfeld"),
            ("hedge", "could"),
            ("anonymous_source", "Members of an online amateur astronomy forum"),
            ("named_source", "Prof. Idris Penllyn"),
            ("expert_source", "who studies comets at the University of Llanfenwy"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "brook-22",
        "Eighties indie band the Marrowbones are to reunite for a one-off show in "
        "Hollinsgate next summer, according to the music magazine Backbeat. Singer Corin "
        "Ashdell-Vaux, 61, told the magazine that the four original members had been "
        "“talking on and off for years”. Tickets are likely to sell out within minutes, "
        "promoters said. The band’s former manager, Lionel Frayne-Osborne, said a new album "
        "had also been discussed. A source close to the band said bassist Tam Glasson-Hewes "
        "had been the last to agree. Glasson-Hewes has not commented publicly.",
        (
            ("media_source", "Backbeat"),
            ("named_source", "Corin Ashdell-Vaux"),
            ("media_source", "the magazine"),
            ("hedge", "are likely to"),
            ("anonymous_source", "promoters"),
            ("named_source", "Lionel Frayne-Osborne"),
            ("anonymous_source", "A source close to the band"),
        ),
    ),
    Passage(
        "brook-23",
        "Sailings between Port Essary and Tolquay Island were cancelled for a third day on "
        "Friday as the ferry operator waited for a replacement propeller part. Coastal Link "
        "Ferries said the part was expected to arrive from Europe on Monday. Island "
        "residents said the cancellations had left them unable to get to medical "
        'appointments on the mainland. "I\'ve had to rebook my chemo twice," said '
        "Marguerite Ouimette-Sykes, 68. Mayor Andy Lacombe-Roch said the operator needed a "
        "backup vessel for the route. The union representing ferry workers told CHBX News "
        "that the vessel had been overdue for maintenance for months. Lacombe-Roch said the "
        "province should step in if service was not restored by the weekend.",
        (
            ("hedge", "was expected to"),
            ("anonymous_source", "Island residents"),
            ("named_source", "Marguerite Ouimette-Sykes"),
            ("named_source", "Mayor Andy Lacombe-Roch"),
            ("media_source", "CHBX News"),
            ("named_source", "Lacombe-Roch#2"),
        ),
    ),
    Passage(
        "brook-24",
        "Eviction filings in Hobsley County rose 28% last year, the highest level since the "
        "county began tracking them, according to a report released Tuesday by the nonprofit "
        "Fair Roof Alliance. The group's director, Yolanda Cisneros-Haight, said rising "
        "rents and the end of pandemic-era aid had pushed thousands of families to the "
        "brink. Landlords say the numbers reflect tenants who stopped paying long ago. "
        '"Owners have carrying costs too," said Garrett Wikstrand, president of the '
        "Hobsley Apartment Owners Association. Priya Kumaresan, a housing economist at Ashby "
        "Creek College, said the figures may undercount informal evictions that never reach "
        "court. County Commissioner Ed Wiszniewski said he would propose a right-to-counsel "
        "program next month.",
        (
            ("named_source", "Yolanda Cisneros-Haight"),
            ("anonymous_source", "Landlords"),
            ("named_source", "Garrett Wikstrand"),
            ("named_source", "Priya Kumaresan"),
            ("expert_source", "a housing economist at Ashby Creek College"),
            ("hedge", "may"),
            ("named_source", "County Commissioner Ed Wiszniewski"),
        ),
    ),
    Passage(
        "brook-25",
        "Health officials in Te Rauhina have confirmed 31 cases of whooping cough in the "
        "past six weeks, most of them in children under five. Medical officer of health Dr "
        "Aroha Tipene-Wallace said two babies had been admitted to hospital. “Babies can’t "
        "be vaccinated until they’re six weeks old, so the best protection for a newborn is "
        "a vaccinated mother,” she said. She said the true number of cases was likely to be "
        "much higher because many adults with a cough never saw a doctor. Pharmacists in the "
        "town said they had run short of the adult booster. Dr Tipene-Wallace said the "
        "outbreak could last into the new year. Radio Rauhina reported that a kindergarten "
        "had closed for a week after several staff fell ill.",
        (
            ("anonymous_source", "Health officials in Te Rauhina"),
            ("named_source", "Dr Aroha Tipene-Wallace"),
            ("hedge", "likely"),
            ("anonymous_source", "Pharmacists in the town"),
            ("named_source", "Dr Tipene-Wallace"),
            ("hedge", "could"),
            ("media_source", "Radio Rauhina"),
        ),
    ),
    Passage(
        "brook-26",
        "Akpoha Stars have sacked head coach Olumide Fashola after a run of six league games "
        "without a win, the club announced on Monday. Club chairman Alhaji Sani "
        'Garba-Yakasai said the board had "reluctantly" concluded that a change was '
        "needed. Assistant coach Emeka Onwuasoanya is expected to take charge for Sunday's "
        "derby against Ikoro United. Fashola, who joined in 2024, told the sports daily "
        "Goalmouth that he had not been given time to rebuild the squad. Supporters who "
        "gathered outside the club's secretariat said the board, not the coach, was to "
        "blame. Several players are thought to be owed three months' wages, according to a "
        "person close to the dressing room.",
        (
            ("named_source", "Alhaji Sani Garba-Yakasai"),
            ("hedge", "is expected to"),
            ("named_source", "Fashola#2"),
            ("media_source", "Goalmouth"),
            ("anonymous_source", "Supporters who gathered outside the club's secretariat"),
            ("hedge", "are thought to"),
            ("anonymous_source", "a person close to the dressing room"),
        ),
    ),
    Passage(
        "brook-27",
        "Lead has been stripped from almost a third of the roof of St Eadwulf’s Church in "
        "Harlby Magna, leaving the 14th-century building open to the rain. The vicar, the "
        "Rev Judith Rimmington, said the theft was discovered by a bell-ringer on Sunday "
        "morning. “Water is already coming through above the font,” she said. Insp Gary "
        "Wetherall of Harlby police said the thieves had probably used scaffolding left by "
        "builders working on a nearby barn. Churchwarden Keith Trindle said a temporary "
        "covering would cost £20,000 and the parish might have to launch an appeal. The "
        "Harlby Messenger reported that a van had been seen near the church late on "
        "Saturday. Metal theft costs parishes about £4m a year, according to the Church "
        "Buildings Council.",
        (
            ("named_source", "the Rev Judith Rimmington"),
            ("named_source", "Insp Gary Wetherall"),
            ("hedge", "probably"),
            ("named_source", "Keith Trindle"),
            ("hedge", "might"),
            ("media_source", "The Harlby Messenger"),
        ),
    ),
    Passage(
        "brook-28",
        "A proposed natural gas pipeline through the Winnowash Valley has been put on hold "
        "after federal regulators asked for more information about its route through "
        "wetlands. The developer, Overbeck Midstream, said in a filing that it still planned "
        "to begin construction next year. Opponents said the pause showed the project's "
        'environmental review had been rushed. "They drew a line on a map and hoped nobody '
        'would look closely," said Ruth Strother-Coles, who lives along the route. State '
        "Rep. Duane Kjelstad (R-Winnowash) said the pipeline would bring jobs and lower "
        "heating bills. The delay could add tens of millions of dollars to the project's "
        "cost, according to the trade publication Pipeline Week. Emily Zubiate, a senior "
        "energy analyst at Fenmarch Partners, said the project was likely to survive in a "
        "modified form.",
        (
            ("anonymous_source", "Opponents"),
            ("named_source", "Ruth Strother-Coles"),
            ("named_source", "Rep. Duane Kjelstad"),
            ("hedge", "could"),
            ("media_source", "Pipeline Week"),
            ("named_source", "Emily Zubiate"),
            ("expert_source", "a senior energy analyst at Fenmarch Partners"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "brook-29",
        "Kasora’s main opposition party has rejected provisional results from Sunday’s "
        "presidential election, which show President Edmund Tafari-Oloo winning a second "
        "term with 54 per cent of the vote. Opposition candidate Grace Wambui-Sefu said her "
        "party’s agents had recorded a different tally at more than 2,000 polling stations. "
        "“We will not accept numbers cooked in a back room,” she told supporters in Mbeleni. "
        "The electoral commission said the count had been transparent and that final results "
        "were expected to be announced on Thursday. Western diplomats in Mbeleni said "
        "privately that they were concerned about the slow release of results from three "
        "provinces. Political analyst Joseph Kariuki-Amollo said the dispute was likely to "
        "end up in the Supreme Court. Kiboko TV, an independent channel, reported that "
        "police had fired tear gas at protesters in two towns. State television, citing the "
        "commission, said turnout had reached 71 per cent.",
        (
            ("named_source", "Grace Wambui-Sefu"),
            ("hedge", "were expected to"),
            ("anonymous_source", "Western diplomats in Mbeleni"),
            ("expert_source", "Political analyst"),
            ("named_source", "Joseph Kariuki-Amollo"),
            ("hedge", "likely"),
            ("media_source", "Kiboko TV"),
            ("media_source", "State television"),
        ),
    ),
    Passage(
        "brook-30",
        "Shares in Mokgalo Platinum fell 9% on Tuesday after the miner said a flooded shaft "
        "would keep one of its three mines closed until at least March. Chief executive "
        "Thabo Nkwinika-Smit told investors that no workers had been hurt when water broke "
        "through on Saturday. Analysts said the closure could cut the group’s annual output "
        "by a quarter. “The market was already nervous about platinum prices, and this is "
        "another blow,” said Kgomotso Sebopelo, a mining analyst at Kestrelvale Capital. "
        "Unions said about 1,800 workers had been sent home on reduced pay. According to "
        "Business Veld, a financial news website, the company had been warned last year that "
        "pumping capacity at the shaft was inadequate.",
        (
            ("named_source", "Thabo Nkwinika-Smit"),
            ("anonymous_source", "Analysts"),
            ("hedge", "could"),
            ("named_source", "Kgomotso Sebopelo"),
            ("expert_source", "a mining analyst at Kestrelvale Capital"),
            ("anonymous_source", "Unions"),
            ("media_source", "Business Veld"),
        ),
    ),
    Passage(
        "brook-31",
        "Grain farmers across the southern Prairies are bracing for a second year of "
        "grasshopper damage after a warm, dry spring. Dr. Nadia Szczepanski, an entomologist "
        "with the provincial agriculture ministry, said surveys since early May had found "
        'grasshopper counts in some rural municipalities at their highest in a decade. "If '
        'it stays dry into July, we could see serious crop losses," she said. Farmer Brent '
        "Skjelbred, who seeds 3,200 acres near Hollisburg, Sask., said he had already "
        "sprayed twice. Chemical dealers said insecticide supplies were tight. Crop "
        "insurance claims are likely to rise sharply, according to the farm weekly Prairie "
        "Furrow.",
        (
            ("named_source", "Dr. Nadia Szczepanski"),
            ("expert_source", "an entomologist with the provincial agriculture ministry"),
            ("hedge", "could"),
            ("named_source", "Brent Skjelbred"),
            ("anonymous_source", "Chemical dealers"),
            ("hedge", "are likely to"),
            ("media_source", "Prairie Furrow"),
        ),
    ),
    Passage(
        "brook-32",
        "Fellgarth Academy in Castlegrove has been rated inadequate in an inspection report "
        "published on Tuesday, which found that pupils’ behaviour was “frequently "
        "disruptive” and that safeguarding records were incomplete. Headteacher Mrs Adele "
        "Stansfield said in a letter to parents that the school had already made changes "
        "since the inspection in March. The academy’s trust is expected to appoint an "
        "interim executive head. One parent, whose son is in Year 9, said lessons were often "
        "interrupted by pupils walking out. Another said the school had “perhaps turned a "
        "corner” in the past year. A spokesman for the Castlegrove Learning Trust said the "
        "report did not reflect the school’s recent progress.",
        (
            ("named_source", "Mrs Adele Stansfield"),
            ("hedge", "is expected to"),
            ("anonymous_source", "One parent"),
            ("anonymous_source", "Another"),
            ("hedge", "perhaps"),
            ("anonymous_source", "A spokesman for the Castlegrove Learning Trust"),
        ),
    ),
    Passage(
        "brook-33",
        "Personal data of nearly 20 lakh users of the online tutoring app Padhaai Plus may "
        "have been exposed in a breach, the company confirmed on Thursday. The breach was "
        "first reported by the technology news portal ByteKhabar, which said it had seen a "
        "sample of the leaked records. Co-founder Arjun Khandelwal-Iyer said in a statement "
        "that passwords and payment details had not been affected. A person who has examined "
        "the leaked files said the data appears to have been on sale on a hacking forum "
        "since at least last month. Dr. Kavya Thirunavukkarasu, a professor of computer "
        "science at the Varunapuri Institute of Technology, said the leaked phone numbers "
        "could be used in phishing scams. The state's cyber crime police are reportedly "
        "examining the company's server logs.",
        (
            ("hedge", "may have"),
            ("media_source", "ByteKhabar"),
            ("named_source", "Arjun Khandelwal-Iyer"),
            ("anonymous_source", "A person who has examined the leaked files"),
            ("hedge", "appears to"),
            ("named_source", "Dr. Kavya Thirunavukkarasu"),
            (
                "expert_source",
                "a professor of computer science at the Varunapuri Institute of Technology",
            ),
            ("hedge", "could"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "brook-34",
        "The Tressler Heights Police Department has placed two officers on paid leave after "
        "a video posted online appeared to show one of them striking a handcuffed man during "
        "an arrest Saturday night. Police Chief Renata Oyewumi said at a news conference "
        'that she had watched the footage and found it "deeply troubling." The man, '
        "Terrence Yancey, 27, was treated at a hospital and released. His attorney, Celeste "
        "Van Wyck-Durant, said Yancey had been pulled over for a broken taillight. An "
        "incident report obtained by the Tressler Heights Ledger makes no mention of force "
        "being used. Witnesses said the man had not resisted. An internal affairs "
        "investigation is expected to take at least 60 days.",
        (
            ("hedge", "appeared to"),
            ("named_source", "Police Chief Renata Oyewumi"),
            ("named_source", "Celeste Van Wyck-Durant"),
            ("media_source", "the Tressler Heights Ledger"),
            ("anonymous_source", "Witnesses"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "brook-35",
        "A rocket carrying four small satellites failed about 90 seconds after lifting off "
        "from the Mulgara Flats launch site on Thursday. Spinifex Launch chief executive Mia "
        "Bertoldi-Hurst said the failure had been traced to the second-stage engine. “It’s a "
        "bad day, but this is rocket science and failure is part of it,” she said. Debris is "
        "believed to have fallen into the sea well away from shipping lanes. Space policy "
        "researcher Professor Darren Coppinger-Ames said the failure was unlikely to dent "
        "investor interest in the local industry. One of the satellites had been built by "
        "students at Kalgara University, whose project lead, Dr Sunita Balasingam, told "
        "Radio Kalgara she was “devastated but proud”.",
        (
            ("named_source", "Mia Bertoldi-Hurst"),
            ("hedge", "is believed to"),
            ("expert_source", "Space policy researcher"),
            ("named_source", "Professor Darren Coppinger-Ames"),
            ("hedge", "unlikely"),
            ("named_source", "Dr Sunita Balasingam"),
            ("media_source", "Radio Kalgara"),
        ),
    ),
    Passage(
        "brook-36",
        "Country singer Darla Jean Shoffner has sued her former record label, Bluegate "
        "Records, saying it underpaid her streaming royalties by more than $2 million. The "
        "lawsuit, filed Monday in Tuggle County Circuit Court, says the label deducted "
        '"phantom" marketing costs from her earnings for nearly a decade. Bluegate said in '
        'a statement that it would "vigorously defend" itself. Shoffner\'s lawyer, Byron '
        "Szekeres, told the music trade magazine Chartline that other artists on the label "
        "might join the suit. Entertainment lawyer Naomi Lafollette-Sloane, who is not "
        "involved in the case, said royalty disputes of this kind usually settled out of "
        'court. Shoffner posted a short video message to fans saying she was "standing up '
        'for every songwriter."',
        (
            ("named_source", "Darla Jean Shoffner"),
            ("named_source", "Byron Szekeres"),
            ("media_source", "Chartline"),
            ("hedge", "might"),
            ("expert_source", "Entertainment lawyer"),
            ("named_source", "Naomi Lafollette-Sloane"),
            ("named_source", "Shoffner#3"),
        ),
    ),
    Passage(
        "brook-37",
        "A cargo ship carrying timber ran aground off Skelwick Head early on Tuesday. The "
        "coastguard said all nine crew were safe and there was no sign of pollution. It is "
        "thought the vessel, the Baltic Wren, lost steering in heavy seas overnight. "
        "Harbourmaster Captain Niall Gilfeather-Ure said a tug would stand by until the next "
        "high tide. Local fishermen said the rocks off the headland had claimed several "
        "ships over the years. Dr Helen Drumgoole, a naval architect at the University of "
        "Strathleven, said a shifting timber cargo could make a stranded ship list "
        "dangerously. According to the maritime news site Shipwatch Daily, the ship was "
        "detained over safety deficiencies at a Dutch port last year.",
        (
            ("hedge", "It is thought"),
            ("named_source", "Captain Niall Gilfeather-Ure"),
            ("anonymous_source", "Local fishermen"),
            ("named_source", "Dr Helen Drumgoole"),
            ("expert_source", "a naval architect at the University of Strathleven"),
            ("hedge", "could"),
            ("media_source", "Shipwatch Daily"),
        ),
    ),
    Passage(
        "brook-38",
        "House prices in Karewa fell for a fifth straight month in October, according to "
        "figures from the property data firm Homeview. Real estate agent Mereana Houpapa "
        "said buyers were taking their time and negotiating hard. “A year ago you’d get six "
        "offers. Now you’re lucky to get one, and buyers seem to be waiting for the next "
        "rate cut,” she said. Kahurangi Mutual chief economist Lachlan Duthie-Fahey said "
        "prices were likely to bottom out early next year. Some first-home buyers said the "
        "falls had not yet made houses affordable. Housing Minister Tama Pōhatu said in an "
        "interview with Pūkeko FM that the government’s building programme would ease "
        "pressure on rents. The Karewa Star reported that mortgagee sales in the city had "
        "doubled since January.",
        (
            ("named_source", "Mereana Houpapa"),
            ("hedge", "seem to"),
            ("expert_source", "Kahurangi Mutual chief economist"),
            ("named_source", "Lachlan Duthie-Fahey"),
            ("hedge", "likely"),
            ("anonymous_source", "Some first-home buyers"),
            ("named_source", "Housing Minister Tama Pōhatu"),
            ("media_source", "Pūkeko FM"),
            ("media_source", "The Karewa Star"),
        ),
    ),
    Passage(
        "brook-39",
        "Avian influenza has been confirmed at a commercial egg farm in Stonebarrow "
        "Township, the state agriculture department said Friday, and about 1.2 million hens "
        "will be culled. Dr. Colleen Whitebridge, the state veterinarian, said the virus had "
        "probably been carried in by wild ducks using a pond next to the farm. Health "
        "officials said workers at the farm had been offered antiviral medication as a "
        "precaution. A worker at the farm, who did not want to be named for fear of losing "
        "his job, said employees had been told little about the risks. Egg prices in the "
        "region could rise before the holidays, said Marcus Thibodaux, an agricultural "
        "economist at Ostwald University. The Stonebarrow Dispatch first reported the "
        "outbreak on Thursday.",
        (
            ("named_source", "Dr. Colleen Whitebridge"),
            ("hedge", "probably"),
            ("anonymous_source", "Health officials"),
            ("anonymous_source", "A worker at the farm"),
            ("hedge", "could"),
            ("named_source", "Marcus Thibodaux"),
            ("expert_source", "an agricultural economist at Ostwald University"),
            ("media_source", "The Stonebarrow Dispatch"),
        ),
    ),
    Passage(
        "brook-40",
        "Pace bowler Harshit Lalwani has been ruled out of the rest of the domestic season "
        "with a stress fracture in his lower back, the Konkanpur Cricket Association said on "
        "Monday. The association's medical officer, Dr. Shruti Pandharkar, said the "
        "23-year-old could be out for up to four months. Selectors are understood to be "
        "considering two uncapped bowlers for the remaining league matches. A team official, "
        "speaking on condition of anonymity, said the injury was first noticed during a "
        "practice match last month. Former fast bowler Venkatesh Iyengar told the sports "
        "channel Cricket Plus that young quicks were being overworked in white-ball "
        'tournaments. Lalwani wrote on social media that he would "come back stronger."',
        (
            ("named_source", "Dr. Shruti Pandharkar"),
            ("hedge", "could"),
            ("hedge", "are understood to"),
            ("anonymous_source", "A team official"),
            ("named_source", "Venkatesh Iyengar"),
            ("media_source", "Cricket Plus"),
            ("named_source", "Lalwani#2"),
        ),
    ),
)
