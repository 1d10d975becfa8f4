"""Thaw set: 40 annotated news passages, a fourteenth set for one-shot blind measurement (invented
people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes and
``gold_spans``), after the frost set, without running the extractor, the scorer, the CLI, the tests
or the evaluation on the passages, without reading the extractor's code, features, models or
lexicons, and without reading the other sets' passages (only the docstring and opening two entries
of the frost set, for the format); surnames, place names and outlet names were checked against the
other sets and the behaviour cases and replaced where they already occurred. The only code run on
it, besides ruff, resolves each gold item to offsets with ``gold_spans`` and counts sentences. Like
the sets before it, it is weighted toward ordinary copy rather than hard cases: routine wire and
newspaper stories of four to eight sentences across many beats (a burglary sentencing, a city
council rezoning vote, a heatwave and fire bans, a homeware chain's profit warning, a falling
sharemarket, a measles outbreak, an injured cricketer, a new comet, a disputed presidential
election, cancelled island ferries, a wind farm approval, school closures, a stabbing, a museum's
purchase of a lost painting, a poet's obituary, drought and cattle prices, a chat app outage, a
village church closure, delayed patrol ships, housing starts, a blocked food-truck rule, a
classroom phone ban, doctors' waiting times, a football transfer, a cracked airliner windscreen,
border ceasefire talks, a supermarket takeover, sewage in a river, a bank robbery, a film festival,
a vaccine trial, river flooding, university job cuts, chip export limits, a tunnel toll rise,
petrol prices, an estate demolition, bond yields, a grocer's obituary and an escaped red panda), in
British, American and Australian spelling and conventions, with straight and curly quotes. Spread
through them are named sources in the ordinary shapes (name then role, role then name, role and
name in apposition, including possessive roles such as "Its chief executive, Imogen Thackwray,",
"their attorney, Nathaniel Pettengill-Whyte", "Parley's chief technology officer, Arjun
Mehtani-Cole,", "The group's fuel spokesman, Peter Hallorann," and "His son, Michael Brancatelli,",
and a bare role, "dean of arts at Barradine"; titles such as "Recorder", "Det Sgt", "Det Chf Insp",
"Sgt.", "Cllr", "Councilman", "Mayor", "Judge", "Vice Adm.", "Sen.", "Rep.", "Dr", "Dr.", "Prof",
"Professor", "The Rev", "Mr" and "Ms"; ages; party tags "(D-Vt.)", "R-Ala." and "R-Kemmerly";
inverted "said X", as in "said Wendy Ashburner, who runs 800 head" and "said Omar Haddadin-Wirth, a
bond strategist"; sources who wrote, posted, testified, argued, conceded, warned, urged, apologised
and "told analysts" or "told reporters"), later references by surname ("Gaddis-Lowe said",
"Fairleigh asked", "Benavides-Rhee conceded", "Kostelnik said", "Mr Blenkiron said", "Ms Akinsola
said") and by role ("the detective sergeant", "his son said"); expert credentials after the name
("a retail analyst at the broker ...", "an astronomer at the University of ...", "an agricultural
economist at ...", "a zoologist at ...", "an infectious disease specialist at ... who was not
involved in the study"), before it ("Analyst", "Transport economist") and with a relative clause
("who studies wind energy siting at ...", "who researches the primary care workforce at ...", "who
researches higher education funding at ..."), including a chief market strategist, a chief
economist of a builders' body and a bond strategist; other outlets cited as subject of "reported"
and "revealed", after "according to", with "told", "in an interview with" (a public radio station),
"first reported by", "seen by", "obtained by" and "citing" (a state news agency citing a government
source), as "State television" and "Local media", and as a later reference ("the paper", "the
Herald"); unnamed and vague sources (officials, anonymity clauses, "people familiar with the
matter", "two people familiar with the negotiations", "one of the people", "A source close to the
player", "A Navy official", groups such as "Forecasters", "Economists", "Islanders", "Opponents",
"Heritage campaigners", "Defense analysts", "Analysts", "Some strategists", "Some researchers" and
"Restaurant owners in downtown Carverton", people at a place such as "Farmers around Mirrabool",
"Some parents at a clinic in Amesport", "Several patients outside the surgery", "Some graziers at
the sale" and "Drivers queuing at the tunnel entrance", "One victim", "One father", "One lecturer",
"one tradie", "one reviewer", an elliptical "One", "Another" and "several", and unnamed
spokespeople, one of whom "insisted"); hedges (modals of possibility, "likely", "unlikely",
"probably", "possibly", "apparently", "reportedly", "allegedly", "suggested", "I suspect",
"appears", "appeared to", "is expected to", "was expected", "is understood to", "It is understood",
"unclear", "not immediately clear", "not yet known", "not known"); and distractors that are not
annotated (outlets named but not cited: a sports network showing a Test and a national broadcaster
due to screen a film; a medical journal a trial was published in; official housing figures, a
government audit and futures pricing; government bodies, a diocese, a council, police forces, a
staff union, a teachers union, a campaign group, a motoring organisation, a supporters' trust, a
publisher and companies speaking for themselves; titles of office such as "Superintendent",
"Vice-chancellor", "Roads Minister", "Senate Majority Leader", "Curator", "Park director" and
"practice manager"; people mentioned who do not speak, including a defendant, a transfer target, a
rival presidential candidate, a painter, a central bank governor due to speak and an uncapped
batter; "told analysts" and "told reporters"; vague quantities such as "Millions of users", "Dozens
of people", "More than 300 homes" and "several clients"; a school board "citing falling
enrollment", "found no evidence", "declined to comment", the month "May", "could" and "could not"
of ability, "would" in reported speech and of a proposed law, "should" of obligation,
"stronger-than-expected", "due to speak", and pronoun sources).

First measurement (2026-12-03, the extractors at commit 6a4186e, before this set was read):
macro-F1 0.96 (named 0.95, expert 0.97, unnamed 0.90, media 1.00, hedges 0.96). Its errors
were then read and their classes fixed.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "thaw-01",
        "A man who burgled 11 homes across the Quarnby valley in a single winter has been "
        "jailed for six years. Callum Dracott-Reeve, 34, of Hinsmere, admitted burglary and "
        "handling stolen goods at Farrowgate Crown Court. Recorder Helen Llewarch-Pryce told "
        "him his offending had left victims “frightened in their own homes”. Det Sgt Owen "
        "Pendeverell said officers had recovered only a fraction of the jewellery taken. "
        "“Some of these pieces were irreplaceable heirlooms,” the detective sergeant said. One "
        "victim, a retired nurse who asked not to be named, said she had since fitted new "
        "locks on every door.",
        (
            ("named_source", "Recorder Helen Llewarch-Pryce"),
            ("named_source", "Det Sgt Owen Pendeverell"),
            ("named_source", "the detective sergeant"),
            ("anonymous_source", "One victim"),
        ),
    ),
    Passage(
        "thaw-02",
        "The Bracken Falls City Council on Tuesday approved a rezoning plan that will allow "
        "apartment buildings of up to five stories along Larchmount Avenue. Mayor Teresa "
        'Quintavalle, who proposed the plan last spring, called the 5-2 vote "a turning point '
        'for working families." Councilman Rupert Gaddis-Lowe argued that the taller buildings '
        "could overwhelm parking on nearby residential streets. \"We're being asked to trust "
        'traffic studies nobody has seen," Gaddis-Lowe said. Dozens of people packed the '
        "chamber. Several residents who spoke during public comment said they feared rising "
        "property taxes. The plan is likely to face a legal challenge from a neighborhood "
        "group, according to the Bracken Falls Ledger.",
        (
            ("named_source", "Mayor Teresa Quintavalle"),
            ("named_source", "Councilman Rupert Gaddis-Lowe"),
            ("hedge", "could"),
            ("named_source", "Gaddis-Lowe#2"),
            ("anonymous_source", "Several residents"),
            ("hedge", "likely"),
            ("media_source", "the Bracken Falls Ledger"),
        ),
    ),
    Passage(
        "thaw-03",
        "Temperatures could climb past 46 degrees across the Tallowin Plains on Saturday, with "
        "total fire bans declared in seven shires. Forecasters said a cool change was expected "
        "late on Sunday but warned it might bring dry lightning. Rural Fire Authority deputy "
        "commissioner Lachlan Pettersby urged landholders not to run harvesters or angle "
        "grinders outdoors. “It’s the sort of set-up that keeps us awake at night,” Mr "
        "Pettersby said. Farmers around Mirrabool said dams were already low after a dry "
        "spring. The authority said it had placed 40 extra crews on standby.",
        (
            ("hedge", "could"),
            ("anonymous_source", "Forecasters"),
            ("hedge", "was expected"),
            ("hedge", "might"),
            ("named_source", "Lachlan Pettersby"),
            ("named_source", "Mr Pettersby"),
            ("anonymous_source", "Farmers around Mirrabool"),
        ),
    ),
    Passage(
        "thaw-04",
        "Shares in the homeware chain Partridge & Lyle fell 9% on Thursday after it cut its "
        "profit forecast for the second time this year. The company blamed a wet summer and "
        "weaker demand for garden furniture, and said it would close 12 of its 140 shops. Its "
        "chief executive, Imogen Thackwray, told analysts that trading in the autumn had been "
        '"disappointing but not disastrous". Harriet Ingledew, a retail analyst at the broker '
        'Aspden Savile, said the chain had probably expanded too quickly. "They opened big '
        'stores just as people stopped buying big sofas," she said. Ms Thackwray is expected '
        "to set out a turnaround plan in the new year.",
        (
            ("named_source", "Imogen Thackwray"),
            ("named_source", "Harriet Ingledew"),
            ("expert_source", "a retail analyst at the broker Aspden Savile"),
            ("hedge", "probably"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "thaw-05",
        "The sharemarket slid for a third straight session on Wednesday, with the benchmark "
        "Southern 200 index closing 1.2 per cent lower as iron ore prices fell. Miners led the "
        "decline, with Tindarra Resources shedding 4 per cent. Tamsin Bickersdyke-Pike, chief "
        "market strategist at Bellbird Securities, said investors were nervous about weak "
        "factory data from the region’s biggest trading partners. “There may be more pain "
        "before buyers come back,” she said. One fund manager, who asked not to be identified "
        "because she was not authorised to speak publicly, said several clients had moved into "
        "cash. Economists said the central bank was likely to leave interest rates on hold "
        "next week.",
        (
            ("named_source", "Tamsin Bickersdyke-Pike"),
            ("expert_source", "chief market strategist at Bellbird Securities"),
            ("hedge", "may"),
            ("anonymous_source", "One fund manager"),
            ("anonymous_source", "Economists"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "thaw-06",
        "Health officials in Ormsbury County confirmed four more measles cases on Friday, "
        "bringing the outbreak to 19, most of them in unvaccinated children. Dr. Anita "
        "Barrientos-Orr, the county's health officer, said the virus had probably spread at a "
        'crowded indoor swim meet last month. "Measles is the most contagious disease we know '
        'of, and it will find every gap," she said. The county has opened walk-in vaccination '
        "clinics at three schools. Some parents at a clinic in Amesport said they had put off "
        "shots during the pandemic and were now catching up. Officials said it was not yet "
        "known whether the cases were linked to an outbreak in a neighboring state.",
        (
            ("anonymous_source", "Health officials"),
            ("named_source", "Dr. Anita Barrientos-Orr"),
            ("hedge", "probably"),
            ("anonymous_source", "Some parents at a clinic in Amesport"),
            ("anonymous_source", "Officials"),
            ("hedge", "not yet known"),
        ),
    ),
    Passage(
        "thaw-07",
        "Opening batter Riley Tonkinson is unlikely to play in the third Test after scans "
        "revealed a small fracture in his left thumb. Tonkinson, 27, who was struck by a short "
        "ball late on day four in Carrabeen, posted on social media that he would be “back "
        "sooner than you think”. Coach Marty Doggett said selectors would name a replacement "
        "on Monday. “Riley’s gutted, but bones heal,” Doggett said. Former captain Jock "
        "Aldenbury said the injury could open the door for the uncapped Tom Hewish, who has "
        "scored two centuries in the domestic competition this summer. The Test will be shown "
        "live on the Southern Cross Network.",
        (
            ("hedge", "unlikely"),
            ("named_source", "Tonkinson#2"),
            ("named_source", "Marty Doggett"),
            ("named_source", "Doggett#2"),
            ("named_source", "Jock Aldenbury"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "thaw-08",
        "Astronomers have spotted a comet that may become visible to the naked eye next "
        "spring, the Tenterfell Observatory said on Monday. The comet was first picked up last "
        "month by an automated survey telescope in the Cardle Hills. Dr Priya Ramaswell, an "
        "astronomer at the University of Ashwelling, said early measurements suggested its "
        "nucleus was about five kilometres across. “Comets are notoriously fickle, so nobody "
        "should book a holiday around this one yet,” she said. Comets often break apart as "
        "they approach the sun. Amateur astronomers in the Cardle Hills said they hoped to "
        "photograph it in the coming weeks.",
        (
            ("hedge", "may"),
            ("named_source", "Dr Priya Ramaswell"),
            ("expert_source", "an astronomer at the University of Ashwelling"),
            ("hedge", "suggested"),
            ("anonymous_source", "Amateur astronomers in the Cardle Hills"),
        ),
    ),
    Passage(
        "thaw-09",
        "Opposition leader Dmitar Velkovan claimed victory in Orlesca's presidential election "
        "on Sunday, hours before official results were due. The electoral commission said "
        'turnout was 61 per cent and that counting would continue overnight. "We have won, '
        'and we will defend that win," Velkovan told supporters in the capital, Veltrava. The '
        "governing party's candidate, Prime Minister Ilona Brescu-Tamm, has not conceded. "
        "State television, citing partial returns, said the two were separated by fewer than "
        "two percentage points. Western diplomats in Veltrava said privately that a disputed "
        "result could trigger street protests.",
        (
            ("named_source", "Dmitar Velkovan"),
            ("named_source", "Velkovan#2"),
            ("media_source", "State television"),
            ("anonymous_source", "Western diplomats in Veltrava"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "thaw-10",
        "Ferry services to the island of Scarvay were cancelled for a fifth day on Wednesday "
        "after the operator's only suitable vessel failed a safety inspection. Kelvinmoor "
        "Ferries said the MV Loch Skirra could return to service by the weekend if replacement "
        "parts arrived in time. Islanders said shelves in the only shop were emptying and that "
        "hospital appointments on the mainland had been missed. Cllr Morag Strachurie, who "
        'represents the isles ward, said the situation was "a disgrace that should shame the '
        "whole country\". The operator's managing director, Euan Macnicol-Bell, apologised and "
        "said a chartered vessel was being sought. It is understood that a catamaran from "
        "another operator may be available next week.",
        (
            ("hedge", "could"),
            ("anonymous_source", "Islanders"),
            ("named_source", "Cllr Morag Strachurie"),
            ("named_source", "Euan Macnicol-Bell"),
            ("hedge", "It is understood"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "thaw-11",
        "State regulators on Thursday approved a 48-turbine wind farm in the hills above "
        "Pardee Junction, ending a three-year fight over the project. The developer, Vesper "
        "Ridge Renewables, said construction would begin in the spring and create about 200 "
        "temporary jobs. Opponents, who say the turbines will spoil views and kill migrating "
        "bats, are weighing an appeal, according to their attorney, Nathaniel Pettengill-Whyte. "
        '"This isn\'t over," Pettengill-Whyte said. Lena Fiorentino-Haas, who studies wind '
        "energy siting at Pardee State University, said bat deaths could be sharply reduced by "
        "shutting turbines down on calm fall nights. The project is expected to power roughly "
        "60,000 homes.",
        (
            ("anonymous_source", "Opponents"),
            ("named_source", "Nathaniel Pettengill-Whyte"),
            ("named_source", "Pettengill-Whyte#2"),
            ("named_source", "Lena Fiorentino-Haas"),
            ("expert_source", "who studies wind energy siting at Pardee State University"),
            ("hedge", "could"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "thaw-12",
        "The Juniper Flats Unified School District board voted early Wednesday to close two "
        "elementary schools in June, citing falling enrollment and a $4.2 million budget gap. "
        "Superintendent Dr. Carla Benavides-Rhee said the district had lost nearly 900 students "
        'since 2019. "These are painful choices, and I won\'t pretend otherwise," she said. '
        "Benavides-Rhee conceded that the closures would cover less than half of the "
        "shortfall. Board member Frank Ludgrove, who cast one of two votes against the plan, "
        "said the district had not fully explored sharing buildings with a charter school. "
        "Parents at the meeting, some holding handmade signs, booed as the vote was announced. "
        "One father, whose two daughters attend Alderbank Elementary, said the family might "
        "move to a neighboring district.",
        (
            ("named_source", "Dr. Carla Benavides-Rhee"),
            ("named_source", "Benavides-Rhee#2"),
            ("named_source", "Frank Ludgrove"),
            ("anonymous_source", "One father"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "thaw-13",
        "A 17-year-old boy was stabbed in the leg outside a takeaway in Blenmarsh on Saturday "
        "night, and police have released an image of a man they want to trace. The victim was "
        "taken to hospital, where his injuries were described as serious but not "
        "life-threatening. Det Chf Insp Sunita Chaudhry-Kaye said the attack appeared to have "
        "followed an argument inside the shop. “Somebody knows who this man is,” she said. A "
        "woman who works at a neighbouring barber’s said she heard shouting and saw two people "
        "run towards the railway station. Local media reported that a second man had been "
        "arrested, but Blenmarsh Police would not confirm this.",
        (
            ("named_source", "Det Chf Insp Sunita Chaudhry-Kaye"),
            ("hedge", "appeared to"),
            ("anonymous_source", "A woman"),
            ("media_source", "Local media"),
        ),
    ),
    Passage(
        "thaw-14",
        "The Bramwithe Museum of Art has acquired a long-lost landscape by the 19th-century "
        "painter Edmund Rudyerd for $3.1 million, the museum announced Tuesday. The canvas, "
        "unseen in public since 1923, had apparently hung for decades in a farmhouse outside "
        'Cutler Falls. Curator Miriam Adegbite-Hess said the work filled "the single biggest '
        'hole" in the collection. Thomas Beaudry-Kline, an art historian at Pemberly College '
        "who has written a book on Rudyerd, said the painting was likely the one shown at an "
        "exhibition in Carthage Springs in 1871. The Arts Ledger, a trade publication, revealed "
        "the sale last month. The seller, a private collector, has not been identified.",
        (
            ("hedge", "apparently"),
            ("named_source", "Miriam Adegbite-Hess"),
            ("named_source", "Thomas Beaudry-Kline"),
            ("expert_source", "an art historian at Pemberly College"),
            ("hedge", "likely"),
            ("media_source", "The Arts Ledger"),
        ),
    ),
    Passage(
        "thaw-15",
        "Agnes Hindmarch, whose spare, unsentimental poems about hill farming won her a "
        "devoted following, has died aged 91. Her publisher, Dewsnap & Voss, said she died "
        "peacefully at her home in Hetherwick on Sunday. Hindmarch published nine collections, "
        "the last of them at 86, and was twice shortlisted for the Caxford Prize. Her nephew, "
        "Martin Hindmarch-Ashe, said she had been writing until the final week of her life. "
        "Her neighbour of 40 years, Daniel Oyenusi-Marsh, said: “She made the rest of us feel "
        "we were using far too many words.”",
        (
            ("named_source", "Martin Hindmarch-Ashe"),
            ("named_source", "Daniel Oyenusi-Marsh"),
        ),
    ),
    Passage(
        "thaw-16",
        "Cattle prices at the Burrawong saleyards fell to a four-year low on Tuesday as "
        "drought forced graziers to offload stock. Stock agent Col Tregoning said yardings had "
        "doubled in a month, with many vendors selling breeding cows they would normally keep. "
        "“Nobody wants to sell their best heifers, but there’s no feed left,” said Wendy "
        "Ashburner, who runs 800 head near Koorabin. Dr Simon Waaka-Reid, an agricultural "
        "economist at the University of Mundaroo, said prices could take two years to recover "
        "even if the season broke. The state government is understood to be preparing a "
        "drought assistance package. Some graziers at the sale said they were still waiting "
        "for freight subsidies promised in autumn.",
        (
            ("named_source", "Col Tregoning"),
            ("named_source", "Wendy Ashburner"),
            ("named_source", "Dr Simon Waaka-Reid"),
            ("expert_source", "an agricultural economist at the University of Mundaroo"),
            ("hedge", "could"),
            ("hedge", "is understood to"),
            ("anonymous_source", "Some graziers at the sale"),
        ),
    ),
    Passage(
        "thaw-17",
        "Millions of users were unable to send messages on the chat app Parley for about six "
        "hours on Monday, the longest outage in the service's history. The company said in a "
        "blog post that a faulty configuration change, not a cyberattack, was to blame, and "
        "that it had found no evidence user data had been exposed. Parley's chief technology "
        'officer, Arjun Mehtani-Cole, wrote that engineers had "rolled back the change as '
        'quickly as we safely could." Many users said they had switched to rival apps to reach '
        "friends and family. Kim Lavallee, a network reliability researcher at Eastbridge "
        "Institute of Technology, said the incident appeared to show the risk of pushing "
        "updates to every server at once. \"You test it on a small slice first. That's "
        'Engineering 101," she said.',
        (
            ("named_source", "Arjun Mehtani-Cole"),
            ("anonymous_source", "Many users"),
            ("named_source", "Kim Lavallee"),
            (
                "expert_source",
                "a network reliability researcher at Eastbridge Institute of Technology",
            ),
            ("hedge", "appeared to"),
        ),
    ),
    Passage(
        "thaw-18",
        "St Cuthwin’s Church in Sallowdene, which has stood for more than 700 years, is to "
        "close for regular worship next year, the Diocese of Kelsborough has announced. The "
        "diocese said the congregation had dwindled to about a dozen and that repairs to the "
        "tower would cost £1.4m. The Rev Joanna Keverne-Grant, the parish priest, said the "
        "decision had been “heartbreaking but honest”. Churchwarden Geoffrey Blenkiron said "
        "villagers might form a trust to keep the building open for concerts and weddings. "
        "“We’re not going to let it fall down on our watch,” Mr Blenkiron said. Heritage "
        "campaigners said the church’s medieval wall paintings would be at risk if it were "
        "left empty.",
        (
            ("named_source", "Rev Joanna Keverne-Grant"),
            ("named_source", "Geoffrey Blenkiron"),
            ("hedge", "might"),
            ("named_source", "Mr Blenkiron"),
            ("anonymous_source", "Heritage campaigners"),
        ),
    ),
    Passage(
        "thaw-19",
        "The Navy's new class of coastal patrol ships is running at least two years behind "
        "schedule and $1.8 billion over budget, according to a government audit released "
        "Wednesday. Sen. Margaret Tollemache-Dunne (D-Vt.), who chairs a subcommittee on "
        'seapower, called the findings "deeply alarming." Vice Adm. Colin Hawtrey testified '
        "before the subcommittee that most of the delays stemmed from design changes made "
        "after construction began. Rep. Curtis Banfather, R-Ala., said in a statement that "
        "the shipbuilder should be held to account. A Navy official, speaking on condition of "
        "anonymity because the program is under review, said the first ship might not be "
        "delivered until 2031. The shipbuilder, Marrowind Marine, declined to comment. "
        "Defense analysts said the delays could leave the fleet short of small warships for "
        "years.",
        (
            ("named_source", "Sen. Margaret Tollemache-Dunne"),
            ("named_source", "Vice Adm. Colin Hawtrey"),
            ("named_source", "Rep. Curtis Banfather"),
            ("anonymous_source", "A Navy official"),
            ("hedge", "might"),
            ("anonymous_source", "Defense analysts"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "thaw-20",
        "Work started on fewer new homes in the three months to September than in any quarter "
        "since 2013, official figures show. Builders began 31,200 homes in the period, down "
        "14% on a year earlier, according to the Office for Housing Statistics. Noel Gilkison, "
        "chief economist at the Home Builders’ Council, said high mortgage rates had “frozen” "
        "demand for new-build homes. Ruth Okoroafor-Berg, of the housing charity Roofline, "
        "said the figures made the government’s target of 300,000 homes a year “a fantasy”. A "
        "spokesman for the housing ministry said starts were expected to pick up as interest "
        "rates fell. Some developers are understood to have mothballed sites in the north.",
        (
            ("named_source", "Noel Gilkison"),
            ("expert_source", "chief economist at the Home Builders’ Council"),
            ("named_source", "Ruth Okoroafor-Berg"),
            ("anonymous_source", "A spokesman for the housing ministry"),
            ("hedge", "were expected to"),
            ("hedge", "are understood to"),
        ),
    ),
    Passage(
        "thaw-21",
        "A federal judge in Carverton on Monday temporarily blocked a new state rule that "
        "would have required food trucks to park at least 500 feet from restaurants. U.S. "
        'District Judge Harold Dunsmuir-Oakes wrote that the rule "appears designed to protect '
        'incumbents rather than the public." The lawsuit was brought by three vendors '
        "represented by the Liberty Kitchen Project, a legal advocacy group. \"Today's ruling "
        'lets my clients get back to work," said Elena Barragán-Lund, an attorney for the '
        "group. The state attorney general's office said it was reviewing the decision and "
        "would likely appeal. Restaurant owners in downtown Carverton have argued that food "
        "trucks pay lower taxes and block sidewalks.",
        (
            ("named_source", "Judge Harold Dunsmuir-Oakes"),
            ("hedge", "appears"),
            ("named_source", "Elena Barragán-Lund"),
            ("hedge", "likely"),
            ("anonymous_source", "Restaurant owners in downtown Carverton"),
        ),
    ),
    Passage(
        "thaw-22",
        "A bill that would ban cellphones in public school classrooms cleared the Marchland "
        "House on Thursday by a vote of 71-24 and now heads to the state Senate. The measure's "
        "sponsor, Rep. Delphine Oosterhuis, a Democrat from Wolcott Grove, said in an "
        'interview with Marchland Public Radio that phones had become "the single biggest '
        'distraction" in classrooms. Rep. Gordon Fairleigh, R-Kemmerly, said the bill '
        "trampled on parents' ability to reach their children in an emergency. \"What happens "
        "when there's a lockdown?\" Fairleigh asked during the floor debate. Senate Majority "
        'Leader Pat Seddiqui said she was undecided but promised "a full and fair hearing." '
        "The Marchland Education Association, the state's largest teachers union, supports "
        "the bill.",
        (
            ("named_source", "Rep. Delphine Oosterhuis"),
            ("media_source", "Marchland Public Radio"),
            ("named_source", "Rep. Gordon Fairleigh"),
            ("named_source", "Fairleigh#2"),
            ("named_source", "Pat Seddiqui"),
        ),
    ),
    Passage(
        "thaw-23",
        "Patients in Crellington are waiting up to four weeks for a routine GP appointment "
        "after two of the town's five practices lost doctors to retirement, according to "
        "figures obtained by the Crellington Echo. Lorraine Quereshi-Noble, practice manager "
        'at the Cooper\'s Row surgery, said remaining staff were "running on fumes". The local '
        "integrated care board said it was recruiting two salaried doctors and had extended "
        "evening clinics. Prof Alan Tordoff, who researches the primary care workforce at the "
        "University of Ledsworth, said the town was probably a sign of things to come in "
        "smaller market towns. Several patients outside the surgery told the paper they had "
        'given up ringing at 8am. One, a retired postman, said: "I just go to A&E now."',
        (
            ("media_source", "the Crellington Echo"),
            ("named_source", "Lorraine Quereshi-Noble"),
            ("named_source", "Prof Alan Tordoff"),
            (
                "expert_source",
                "who researches the primary care workforce at the University of Ledsworth",
            ),
            ("hedge", "probably"),
            ("anonymous_source", "Several patients outside the surgery"),
            ("media_source", "the paper"),
            ("anonymous_source", "One"),
        ),
    ),
    Passage(
        "thaw-24",
        "Colnebury United are reportedly close to signing midfielder Tomas Ubaezuonu-Sorel "
        "from Vellano for a club-record fee of about £28m. The Evening Courier reported that "
        "the clubs had agreed terms on Tuesday night and that the 24-year-old could undergo a "
        "medical as early as Thursday. Ubaezuonu-Sorel, Vellano’s captain, has scored nine "
        "goals this season. “I don’t talk about players at other clubs,” Colnebury manager "
        "Glen Ackerley told reporters on Friday. A source close to the player said he was keen "
        "on the move. Vellano’s supporters’ trust said losing its captain in mid-season would "
        "be “a betrayal”.",
        (
            ("hedge", "reportedly"),
            ("media_source", "The Evening Courier"),
            ("hedge", "could"),
            ("named_source", "Glen Ackerley"),
            ("anonymous_source", "A source close to the player"),
        ),
    ),
    Passage(
        "thaw-25",
        "A regional jet bound for Curlew Point made an emergency landing in Tibbald Creek on "
        "Sunday after its windshield cracked at 30,000 feet, the airline said. None of the 64 "
        "passengers or four crew members was hurt. Passenger Denise Okamura-Blythe, 45, said "
        'she heard a loud bang and the plane began descending minutes later. "Nobody '
        'panicked, but you could see people gripping their armrests," she said. Federal '
        "investigators are expected to examine the windshield, which was apparently replaced "
        "during maintenance in March. A spokesperson for the pilots union said crews had "
        "raised concerns about the supplier last year.",
        (
            ("named_source", "Denise Okamura-Blythe"),
            ("hedge", "are expected to"),
            ("hedge", "apparently"),
            ("anonymous_source", "A spokesperson for the pilots union"),
        ),
    ),
    Passage(
        "thaw-26",
        "Talks between Ardavia and neighbouring Kesmet on ending a two-month border conflict "
        "could resume as early as next week, according to two people familiar with the "
        "negotiations. The talks collapsed in March after Ardavia accused Kesmet of shelling "
        "a border village. A senior Kesmeti diplomat, who spoke on condition of anonymity "
        "because he was not authorised to brief the press, said both sides had agreed in "
        "principle to a prisoner exchange. Ardavia’s foreign ministry said it would not "
        "comment on “speculation”. The state news agency Ravnik, citing a government source, "
        "said the president was ready to meet his Kesmeti counterpart. It was unclear whether "
        "a venue had been agreed.",
        (
            ("hedge", "could"),
            ("anonymous_source", "two people familiar with the negotiations"),
            ("anonymous_source", "A senior Kesmeti diplomat"),
            ("media_source", "Ravnik"),
            ("anonymous_source", "a government source"),
            ("hedge", "unclear"),
        ),
    ),
    Passage(
        "thaw-27",
        "Grocery chain Hartfield Markets is in advanced talks to buy smaller rival Dunnock "
        "Foods for about $2.3 billion, people familiar with the matter said Thursday. The "
        "talks were first reported by the Commerce Herald. A deal could be announced as soon "
        "as next month, though terms may still change, one of the people said. A spokeswoman "
        "for Hartfield said the company does not comment on market rumors. Dunnock chief "
        "executive Walter Beckworth-Lyle told employees in a memo, seen by the Herald, that "
        'the company was "exploring every option to secure our future." Shares of Dunnock '
        "jumped 18% in after-hours trading.",
        (
            ("anonymous_source", "people familiar with the matter"),
            ("media_source", "the Commerce Herald"),
            ("hedge", "could"),
            ("hedge", "may"),
            ("anonymous_source", "one of the people"),
            ("anonymous_source", "A spokeswoman for Hartfield"),
            ("named_source", "Walter Beckworth-Lyle"),
            ("media_source", "the Herald"),
        ),
    ),
    Passage(
        "thaw-28",
        "Sewage was discharged into the River Quell for more than 2,000 hours last year, "
        "according to data published by the water company. Campaign group Clean Quell said "
        "the spills had made the river unsafe for swimming on most summer days. Its founder, "
        "Gwen Trounson-Tait, said: “People in Dunnerholme were told the river was recovering. "
        "It isn’t.” Dr Marcus Feldwick, a freshwater ecologist at Ravelstoke University, said "
        "high phosphate levels were possibly to blame for the algal blooms seen in August. "
        "Quellside Water said it was investing £180m in storm overflows and that its figures "
        "should be read alongside improved monitoring.",
        (
            ("named_source", "Gwen Trounson-Tait"),
            ("named_source", "Dr Marcus Feldwick"),
            ("expert_source", "a freshwater ecologist at Ravelstoke University"),
            ("hedge", "possibly"),
        ),
    ),
    Passage(
        "thaw-29",
        "A man who robbed a bank in downtown Ellisport on Wednesday may be linked to two other "
        "holdups in the region, police said. The suspect allegedly handed a teller a note "
        "demanding cash and fled on foot with an undisclosed amount, according to Ellisport "
        "Police Sgt. Dana Kostelnik. No one was injured. Kostelnik said surveillance images "
        "showed a man in his 30s wearing a gray hoodie and sunglasses. A worker at a coffee "
        'shop across the street said she saw a man "walking really fast, not running" toward '
        "the bus station minutes after the robbery. Federal agents were reportedly assisting "
        "in the investigation.",
        (
            ("hedge", "may"),
            ("hedge", "allegedly"),
            ("named_source", "Sgt. Dana Kostelnik"),
            ("named_source", "Kostelnik#2"),
            ("anonymous_source", "A worker at a coffee shop across the street"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "thaw-30",
        "A documentary about a family of opal miners in the outback town of Nullaby has won "
        "the top prize at the Port Cassin Film Festival. Director Jess Oakhanger-Kirk said she "
        "spent four years living on and off with the family. “They let me film the worst days "
        "of their lives, and I’ll never forget that,” she said. Festival director Leon "
        "Scholefield said the jury had been unanimous. The film is expected to screen on the "
        "national broadcaster SBN later this year. Several critics at the festival said the "
        "opening-night feature, a big-budget thriller, had been a misfire, and one reviewer "
        "called it “two hours of shouting”.",
        (
            ("named_source", "Jess Oakhanger-Kirk"),
            ("named_source", "Leon Scholefield"),
            ("hedge", "is expected to"),
            ("anonymous_source", "Several critics at the festival"),
            ("anonymous_source", "one reviewer"),
        ),
    ),
    Passage(
        "thaw-31",
        "An experimental vaccine against tick-borne encephalitis cut infections by 70% in a "
        "large trial, according to results published Wednesday in the Tennard Journal of "
        "Medicine. The trial, run across 40 clinics, enrolled about 9,000 adults in areas "
        "where ticks are common. Dr. Rebecca Thornquist, an infectious disease specialist at "
        "Sayward Medical Center who was not involved in the study, said the results were "
        '"genuinely encouraging." But she cautioned that protection might fade after a year '
        "or two. The vaccine's maker, Caldera Bio, said it plans to seek approval early next "
        "year. Some researchers have questioned whether the trial ran long enough to detect "
        "rare side effects.",
        (
            ("named_source", "Dr. Rebecca Thornquist"),
            ("expert_source", "an infectious disease specialist at Sayward Medical Center"),
            ("hedge", "might"),
            ("anonymous_source", "Some researchers"),
        ),
    ),
    Passage(
        "thaw-32",
        "More than 300 homes were evacuated in Amblescar overnight after the River Sollow "
        "burst its banks following 36 hours of heavy rain. Forecasters have warned that a "
        "further 40mm could fall on already saturated ground by Thursday. Mandy Creswick, 63, "
        "who has lived on Mill Row for 30 years, said the water had reached her kitchen "
        "worktops within an hour. “I’ve never seen anything like it,” she said. Cllr Idris "
        "Bevannick, leader of Sollowdale District Council, warned residents not to drive "
        "through flood water and said two rest centres had been opened. It is not known "
        "whether businesses in the town centre have been affected.",
        (
            ("anonymous_source", "Forecasters"),
            ("hedge", "could"),
            ("named_source", "Mandy Creswick"),
            ("named_source", "Cllr Idris Bevannick"),
            ("hedge", "not known"),
        ),
    ),
    Passage(
        "thaw-33",
        "The University of Barradine will cut 180 jobs, blaming a fall in international "
        "student numbers after the federal government capped visas. Vice-chancellor Professor "
        "Helen Tarrington said the cuts were “the hardest decision of my career”. Roslyn "
        "Ezeagu-Marr, dean of arts at Barradine, said languages and music would bear the "
        "brunt. The staff union said it would challenge the cuts. Dr Aaron Leeming, who "
        "researches higher education funding at Tullagong University, said other universities "
        "were likely to follow. One lecturer, who did not want to be named for fear of losing "
        "her job, said staff had learnt of the cuts in a five-minute video call. Another said "
        "morale was the lowest he had seen in 20 years.",
        (
            ("named_source", "Professor Helen Tarrington"),
            ("named_source", "Roslyn Ezeagu-Marr"),
            ("named_source", "Dr Aaron Leeming"),
            ("expert_source", "who researches higher education funding at Tullagong University"),
            ("hedge", "likely"),
            ("anonymous_source", "One lecturer"),
            ("anonymous_source", "Another"),
        ),
    ),
    Passage(
        "thaw-34",
        "Shares of chipmaker Vantorra Semiconductor fell 6% on Tuesday after the company "
        "warned that new export restrictions could cut its annual revenue by as much as $900 "
        "million. Chief financial officer Lauren Mthembu-Stroud said on a call with analysts "
        "that the company was applying for licenses to keep shipping some products. Analyst "
        'Raj Subramanyam of Gorsehill Capital wrote in a note to clients that the hit "may '
        'prove smaller than feared" if licenses are granted. The restrictions, first reported '
        "by the Pacific Tech Wire in May, took effect Monday. A Commerce Department "
        'spokesperson said the rules were aimed at "protecting national security." It was not '
        "immediately clear how many other chipmakers would be affected.",
        (
            ("hedge", "could"),
            ("named_source", "Lauren Mthembu-Stroud"),
            ("expert_source", "Analyst"),
            ("named_source", "Raj Subramanyam"),
            ("hedge", "may"),
            ("media_source", "the Pacific Tech Wire"),
            ("anonymous_source", "A Commerce Department spokesperson"),
            ("hedge", "not immediately clear"),
        ),
    ),
    Passage(
        "thaw-35",
        "Motorists using the Harbourlink tunnel will pay up to $9.40 a trip from July after "
        "the state government approved a 12 per cent toll rise. Roads Minister Kylie "
        "Tuckwell-Shaw said the increase was written into the contract signed with the "
        "operator in 2019 and could not be changed. Opposition roads spokesman Brendan Sheedy "
        "said families in the western suburbs were being “slugged again”. Transport economist "
        "Dr Nadia Gunnarsen-Pike, of Coralind University, said the higher tolls may push more "
        "drivers on to free local roads, worsening congestion there. Drivers queuing at the "
        "tunnel entrance on Monday morning said they had not been told about the rise. “It’s "
        "daylight robbery,” said one tradie from Merrigang.",
        (
            ("named_source", "Kylie Tuckwell-Shaw"),
            ("named_source", "Brendan Sheedy"),
            ("expert_source", "Transport economist"),
            ("named_source", "Dr Nadia Gunnarsen-Pike"),
            ("hedge", "may"),
            ("anonymous_source", "Drivers queuing at the tunnel entrance"),
            ("anonymous_source", "one tradie from Merrigang"),
        ),
    ),
    Passage(
        "thaw-36",
        "Petrol prices have risen for the sixth week in a row, with a litre of unleaded now "
        "costing an average of 151.3p, according to the motoring organisation Roadwise. Diesel "
        "rose by a similar amount. The group’s fuel spokesman, Peter Hallorann, said retailers "
        "were “quick to raise prices and slow to cut them”. Graham Oldacre-Venn, head of the "
        "Petrol Retailers Alliance, argued that forecourts were operating on wafer-thin "
        "margins. Analysts said oil prices might ease in the new year if producers relaxed "
        "output cuts. A report in the Financial Chronicle suggested ministers were considering "
        "a review of pricing transparency.",
        (
            ("named_source", "Peter Hallorann"),
            ("named_source", "Graham Oldacre-Venn"),
            ("anonymous_source", "Analysts"),
            ("hedge", "might"),
            ("media_source", "the Financial Chronicle"),
            ("hedge", "suggested"),
        ),
    ),
    Passage(
        "thaw-37",
        "Plans to demolish the 1960s Orchard Rise estate in Cravenbury and replace it with "
        "1,100 new homes have been approved by the council’s planning committee. The council "
        "said 40% of the new homes would be for social rent. Tenants’ association chair "
        "Bernadette Akinsola said the scheme would break up a close-knit community. “They "
        "promised us the right to come back, but nobody has shown us that in writing,” Ms "
        "Akinsola said. A council spokeswoman insisted that every secure tenant had a "
        "guaranteed right to return. Some leaseholders are reportedly considering a legal "
        "challenge over compensation.",
        (
            ("named_source", "Bernadette Akinsola"),
            ("named_source", "Ms Akinsola"),
            ("anonymous_source", "A council spokeswoman"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "thaw-38",
        "Treasury yields climbed to their highest level in five months on Friday after a "
        "stronger-than-expected jobs report dimmed hopes of an interest-rate cut in June. The "
        'yield on the 10-year note rose to 4.61%. "I suspect the market has been far too '
        'optimistic about how quickly the Fed will ease," said Omar Haddadin-Wirth, a bond '
        "strategist at Ebbing Rowe Securities. Futures pricing now implies roughly even odds "
        "of a cut by September. Fed Governor Alicia Sturmark is due to speak on Tuesday, and "
        "investors will be watching for any change in tone. Some strategists said yields could "
        "climb further if inflation data next week comes in hot.",
        (
            ("hedge", "I suspect"),
            ("named_source", "Omar Haddadin-Wirth"),
            ("expert_source", "a bond strategist at Ebbing Rowe Securities"),
            ("anonymous_source", "Some strategists"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "thaw-39",
        'Harold "Hal" Brancatelli, who turned a single roadside fruit stand into a chain of '
        "60 grocery stores across the Sheldrake Valley, died Saturday at his home in Dutton's "
        "Landing. He was 94. His son, Michael Brancatelli, who now runs the company, said his "
        'father had worked a cash register every Christmas Eve until he was 88. "He knew half '
        'the customers by name and the other half by their orders," his son said. Brancatelli '
        "was born to immigrant farmworkers and left school at 14. Former employees gathered "
        "outside the flagship store on Sunday, and several said he had paid their college "
        "tuition. The cause of death was not disclosed, though he had reportedly been in poor "
        "health since a fall last year.",
        (
            ("named_source", "Michael Brancatelli"),
            ("named_source", "his son"),
            ("anonymous_source", "several"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "thaw-40",
        "A red panda that escaped from Windlow Wildlife Park on Sunday has been found safe in "
        "a garden about a mile away, keepers said. The panda, a three-year-old male named "
        "Biscuit, apparently squeezed through a gap in a fence damaged by a falling branch. "
        "Park director Alison Feaver said staff had searched through the night. Resident Tom "
        "Heyworth-Blake, 71, said he spotted the animal asleep in his apple tree while making "
        "his morning tea. “I thought it was a cat with a very fancy tail,” he told the Windlow "
        "Gazette. Dr Hester Vinicombe, a zoologist at the University of Selcombe, said red "
        "pandas coped well outdoors in mild weather but were vulnerable to dogs and traffic.",
        (
            ("anonymous_source", "keepers"),
            ("hedge", "apparently"),
            ("named_source", "Alison Feaver"),
            ("named_source", "Tom Heyworth-Blake"),
            ("media_source", "the Windlow Gazette"),
            ("named_source", "Dr Hester Vinicombe"),
            ("expert_source", "a zoologist at the University of Selcombe"),
        ),
    ),
)
