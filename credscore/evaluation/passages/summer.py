"""Summer set: 40 annotated news passages, a tenth set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes), after the
spring set, without running the extractor, the scorer, the CLI, the tests or the evaluation on
the passages, without reading the extractor's code, features, models or lexicons, and without
reading the other sets' passages (only the opening two entries of the spring set, for the format).
Like the sets before it, it is weighted toward ordinary copy rather than hard cases: routine wire
and newspaper stories of five to eight sentences across many beats (courts, politics, health,
science, business, markets, sport, local government, foreign news, technology, weather, culture,
education, crime, environment, transport, labour, housing, agriculture, energy, an obituary,
press freedom, defence, shipping, spaceflight, wildlife), in British and American spelling, with
straight and curly quotes. Spread through them are named sources in the ordinary shapes (name
then role, role then name, role and name in apposition, "Dr." and "Dr", "Ms", "Sen.", "Rep.",
"Gen.", "Cllr", "Det Insp", "Professor", ages, party tags such as "D-Minn." and "(R-Texas)",
inverted "said X"), later references by surname ("Treadway said", "Lomax-Ferrer added", "Cllr
Quennell", "Haldane said") and by role ("the sheriff", "the judge", "The mayor"); expert
credentials after the name, before it ("Cybersecurity researcher", "Agronomist", "The art
historian", "Spaceflight analyst") and as relative clauses about teaching, research or experience
("who teaches constitutional law at ...", "who researches online child safety at ...", "a harbour
pilot with 30 years' experience on the firth"), including market economists and strategists;
other outlets cited as subject of "reported" (with "citing"), after "according to", with "told",
"in an interview with", "in an interview broadcast by", "first reported by", "first published
by", "reported by", "seen by", "obtained by", as "state television" and "state media", an outlet
speaking about its own correspondent, and as later references ("The newspaper", "the paper",
"The Herald", "The broadcaster"); unnamed and vague sources (officials, sources, anonymity
clauses, "a person familiar with the discussions", "Two people familiar with the company's
plans", "one of the officials", groups such as "Traders", "Campaigners", "Some shopkeepers",
"Several teammates", "Environmental groups" and "Her family", "one resident" and an elliptical
"Another", "Another rider", unnamed spokespeople who make a statement); hedges (modals of
possibility, "possible", "perhaps", "likely", "unlikely", "probably", "reportedly",
"allegedly", "is expected to", "are believed to", "are understood to", "is thought to",
"appears to", "suggests", "We think", "We don't know yet", "It is unclear", "Rumours"); and
distractors that are not annotated (outlets named but not cited, a journal a paper appeared in,
a listing site's data, a criminal complaint, a council report, a press freedom group and
government bodies cited with "according to", titles of office, people mentioned who do not speak,
people at whom a statement was aimed ("told analysts"), organisations speaking for themselves,
"citing" by a school board and by a singer, vague quantities such as "Some 1,200 people", "some
80,000 customers" and "Some 300 people", "found no evidence", "declined to comment", "could not
be reached for comment", "did not return calls", "could not comment", the month "May", "can"
and "could" of ability, "would" in reported speech and of politeness, "less likely" as a
statistic, "stronger-than-expected", "seemed" of appearance, and pronoun sources).

First measurement (2026-12-03, the extractors at commit a2105de with two uncommitted document
and weasel tweaks that touch none of the five scored signals, before this set was read):
macro-F1 0.94 (named 0.95, expert 0.93, unnamed 0.92, media 0.96, hedges 0.95). Its errors
were then read and their classes fixed.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "summer-01",
        "A federal judge in Ostrander on Tuesday blocked a state law that would have "
        "required social media companies to verify the ages of all users, finding that it "
        "likely violates the First Amendment. U.S. District Judge Corinne Abernathy-Lusk "
        "wrote that the statute “sweeps far more broadly than its stated purpose.” The "
        "state attorney general, Malcolm Treadway, said he would appeal. “We are confident "
        "the appeals court will see this differently,” Treadway said. The ruling is "
        "expected to be closely watched in at least six other states weighing similar "
        "measures, said Priya Nandakumar, who teaches constitutional law at Delacroix "
        "University. A lawyer for the trade group that brought the suit declined to "
        "comment.",
        (
            ("hedge", "likely"),
            ("named_source", "Corinne Abernathy-Lusk"),
            ("named_source", "Malcolm Treadway"),
            ("named_source", "Treadway#2"),
            ("hedge", "is expected to"),
            ("named_source", "Priya Nandakumar"),
            ("expert_source", "who teaches constitutional law at Delacroix University"),
        ),
    ),
    Passage(
        "summer-02",
        "The Home Secretary, Fenella Rathbone, will set out plans on Thursday to double "
        "the number of neighbourhood police officers in market towns, Downing Street "
        "sources said. Ms Rathbone is expected to tell the Police Superintendents' Forum "
        'in Quarrington that "visible policing has been allowed to wither". The proposals '
        "could cost as much as £400m a year, according to an estimate by the Institute for "
        "Civic Finance. Shadow policing minister Desmond Achebe-Lowe said the government "
        'had "cut first and promised later". Many forces may struggle to train enough '
        "recruits in time, one senior officer told the Westmere Gazette. The newspaper "
        "said forces in the north-east were already short of more than 1,000 officers.",
        (
            ("anonymous_source", "Downing Street sources"),
            ("named_source", "Ms Rathbone"),
            ("hedge", "is expected to"),
            ("hedge", "could"),
            ("named_source", "Desmond Achebe-Lowe"),
            ("hedge", "may"),
            ("anonymous_source", "one senior officer"),
            ("media_source", "Westmere Gazette"),
            ("media_source", "The newspaper"),
        ),
    ),
    Passage(
        "summer-03",
        "A new strain of seasonal flu appears to be spreading faster than last year's, "
        "health officials in Calloway County said Friday, urging residents to get "
        "vaccinated before the holidays. Hospital admissions for flu rose 40% over two "
        "weeks, according to the county health department. Dr. Elena Marsh-Whitby, an "
        'infectious disease specialist at St. Brigid Medical Center, said the strain "may '
        'be better at evading immunity from past infections." She said vaccines still '
        "offer good protection against severe illness. Pharmacies in the county can give "
        "the shot without an appointment. Some 1,200 people were vaccinated at a free "
        "clinic on Saturday, organizers said.",
        (
            ("hedge", "appears to"),
            ("anonymous_source", "health officials in Calloway County"),
            ("named_source", "Dr. Elena Marsh-Whitby"),
            ("expert_source", "an infectious disease specialist at St. Brigid Medical Center"),
            ("hedge", "may"),
            ("anonymous_source", "organizers"),
        ),
    ),
    Passage(
        "summer-04",
        "Astronomers at the Pellham Observatory say they have detected what could be the "
        "faintest dwarf galaxy yet found orbiting the Milky Way. The object, about 90,000 "
        "light years away, contains perhaps a few thousand stars, according to a paper "
        "published in the Journal of Galactic Studies. “It is so dim that we nearly "
        "dismissed it as noise,” said Dr Tomasz Wrobel-Hayes, an astronomer at the "
        "observatory who led the study. Professor Amara Osei-Kerridge, an astrophysicist "
        "at the University of Lyndhurst who was not involved, said the finding was "
        "convincing but would need confirmation from a second telescope. “It might yet "
        "turn out to be a star cluster,” she said.",
        (
            ("anonymous_source", "Astronomers at the Pellham Observatory"),
            ("hedge", "could"),
            ("hedge", "perhaps"),
            ("named_source", "Dr Tomasz Wrobel-Hayes"),
            ("expert_source", "an astronomer at the observatory"),
            ("named_source", "Professor Amara Osei-Kerridge"),
            ("expert_source", "an astrophysicist at the University of Lyndhurst"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "summer-05",
        "Harrowgate Foods, the maker of Crispdale snacks, said Wednesday it would close "
        "two plants in Ohio and cut about 650 jobs as it shifts production to a newer "
        "facility in Tennessee. The company said in a filing that the closures would save "
        "roughly $45 million a year. Chief executive Lorraine Baptiste-Ng told analysts on "
        "a conference call that demand for salty snacks had “softened more than we "
        "expected.” The plant in Dunmore employs many second- and third-generation "
        "workers, said Carl Fenske, president of the local union. Shares of Harrowgate "
        "fell 3% in afternoon trading. The company is also weighing a sale of its "
        "frozen-desserts unit, the Midland Business Ledger reported last month, citing a "
        "person familiar with the discussions.",
        (
            ("named_source", "Lorraine Baptiste-Ng"),
            ("named_source", "Carl Fenske"),
            ("media_source", "Midland Business Ledger"),
            ("anonymous_source", "a person familiar with the discussions"),
        ),
    ),
    Passage(
        "summer-06",
        "Shares in Elsmere slipped on Monday as investors braced for a possible rise in "
        "interest rates later this week. The benchmark EX-40 index closed down 0.6%, "
        "dragged lower by mining stocks. Traders said the central bank was likely to raise "
        "rates by a quarter point on Thursday. “The market has priced in a hike, but the "
        "guidance will matter more than the decision,” said Harriet Lomax-Ferrer, chief "
        "market strategist at Calderbank Securities. The Elsmere pound edged up against "
        "the dollar. Oil prices may come under pressure if Chinese demand weakens further, "
        "Lomax-Ferrer added.",
        (
            ("hedge", "possible"),
            ("anonymous_source", "Traders"),
            ("hedge", "likely"),
            ("named_source", "Harriet Lomax-Ferrer"),
            ("expert_source", "chief market strategist at Calderbank Securities"),
            ("hedge", "may"),
            ("named_source", "Lomax-Ferrer#2"),
        ),
    ),
    Passage(
        "summer-07",
        "Quarterback Devonte Ashby will miss at least four weeks with a high ankle sprain, "
        "Tolland Mariners coach Ray Kuczynski said Monday. Ashby was hurt in the third "
        "quarter of Sunday’s 24-17 loss to Bellport and did not return. “He’s a tough kid, "
        "and he’ll be back sooner than people think,” Kuczynski said. Backup Jalen "
        "Mbeki-Reyes is expected to start against Marlow on Sunday. Ashby could also need "
        "surgery, according to a person with knowledge of the injury who was not "
        "authorized to discuss it publicly. Several teammates said the locker room was "
        "shaken.",
        (
            ("named_source", "Ray Kuczynski"),
            ("named_source", "Kuczynski#2"),
            ("hedge", "is expected to"),
            ("hedge", "could"),
            ("anonymous_source", "a person with knowledge of the injury"),
            ("anonymous_source", "Several teammates"),
        ),
    ),
    Passage(
        "summer-08",
        "Plans to pedestrianise Thornbury’s high street have been approved by Elmsworth "
        "District Council despite objections from traders. Cllr Rosalind Quennell, the "
        "council’s cabinet member for transport, said the scheme would make the town "
        "centre “safer and more pleasant for everyone”. Some shopkeepers fear they will "
        "lose passing trade. “If people can’t park outside, they’ll go to the retail park "
        "instead,” said Graham Pilbeam, 58, who runs a hardware shop on the street. Cllr "
        "Quennell said deliveries could still be made before 10am. Work is likely to begin "
        "in the spring and could take up to nine months.",
        (
            ("named_source", "Cllr Rosalind Quennell"),
            ("anonymous_source", "Some shopkeepers"),
            ("named_source", "Graham Pilbeam"),
            ("named_source", "Cllr Quennell"),
            ("hedge", "likely"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "summer-09",
        "Protesters in Velsk, the capital of Marovia, clashed with riot police for a "
        "second night on Saturday after the government raised fuel prices by nearly a "
        "third. At least 14 people were injured, state television reported. Some 300 "
        "people were arrested overnight, according to the interior ministry. Interior "
        "Minister Bogdan Sevrin said in a televised address that “a small group of "
        "provocateurs” was behind the violence. Opposition leader Ilinca Dragomir told the "
        "independent news agency Presa Libera that the protests would continue until the "
        "increase was reversed. Several diplomats in the capital said the government "
        "appeared to have been caught off guard by the scale of the unrest. The Eastern "
        "Development Bank, which had urged cuts to fuel subsidies, declined to comment.",
        (
            ("media_source", "state television"),
            ("named_source", "Bogdan Sevrin"),
            ("named_source", "Ilinca Dragomir"),
            ("media_source", "Presa Libera"),
            ("anonymous_source", "Several diplomats in the capital"),
            ("hedge", "appeared to"),
        ),
    ),
    Passage(
        "summer-10",
        "Verament, the cloud-storage company, said Thursday that a configuration error had "
        "exposed the personal data of some 80,000 customers for nearly three weeks. The "
        "company said it had found no evidence that the data had been misused. "
        "Cybersecurity researcher Kavya Rinaldi-Stone, who first spotted the exposed "
        "server, said the files included passport scans and home addresses. “Anyone who "
        "knew where to look could have downloaded everything,” she said. The breach was "
        "first reported by TechLedger, a trade publication. Verament may face a fine of up "
        "to 4% of its annual revenue, said Marcus Oyelaran, a data-protection lawyer at "
        "Fenwick Hale.",
        (
            ("expert_source", "Cybersecurity researcher"),
            ("named_source", "Kavya Rinaldi-Stone"),
            ("media_source", "TechLedger"),
            ("hedge", "may"),
            ("named_source", "Marcus Oyelaran"),
            ("expert_source", "a data-protection lawyer at Fenwick Hale"),
        ),
    ),
    Passage(
        "summer-11",
        "Heavy rain is expected to sweep across the west of Scotland on Wednesday, and the "
        "Met Service has issued an amber warning for flooding. Up to 80mm could fall on "
        "higher ground, and some rural communities may be cut off, forecasters said. Ewan "
        "McTavish, a meteorologist with the Met Service, said the ground was “already "
        "saturated after a wet fortnight”. Rail operator ScotLink said services between "
        "Fortrose Junction and Carnbeg were likely to be disrupted. Residents of Glen "
        "Arrach, where the river burst its banks in 2021, have been told to move valuables "
        "upstairs. “We’ve been here before. You just hope it isn’t as bad this time,” said "
        "one resident. Another said the council had been slow to clear the drains.",
        (
            ("hedge", "is expected to"),
            ("hedge", "could"),
            ("hedge", "may"),
            ("anonymous_source", "forecasters"),
            ("named_source", "Ewan McTavish"),
            ("expert_source", "a meteorologist with the Met Service"),
            ("hedge", "likely"),
            ("anonymous_source", "one resident"),
            ("anonymous_source", "Another"),
        ),
    ),
    Passage(
        "summer-12",
        "The Larkspur Symphony will end its season early after failing to close a $3 "
        "million budget gap, the orchestra’s board announced Tuesday. Executive director "
        "Simone Delacourt said the decision was “the hardest of my career.” Musicians "
        "learned of the cancellations by email, two players said, speaking on condition of "
        "anonymity because they feared retaliation. The Riverton Clarion first reported "
        "the shortfall in March. Nadia Flores-Quaid, a cultural economist at Hemsley "
        "College, said mid-size orchestras across the country were under similar strain. "
        "“Some of them will probably not survive the decade,” she said.",
        (
            ("named_source", "Simone Delacourt"),
            ("anonymous_source", "two players"),
            ("media_source", "Riverton Clarion"),
            ("named_source", "Nadia Flores-Quaid"),
            ("expert_source", "a cultural economist at Hemsley College"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "summer-13",
        "Hundreds of primary schools in Ashcombe could be forced to merge or close over "
        "the next decade as pupil numbers fall, according to a report by the county "
        "council. The number of reception-age children in the county fell by 18% between "
        "2015 and 2024, council figures show. Professor Gwyneth Aldous-Penry, an education "
        'policy specialist at Marlbury University, said small village schools were "the '
        "most vulnerable, and often the most loved\". Parents at St Oswin's Primary in "
        'Little Hethersett said they had not been consulted. "We read about it in the '
        'Ashcombe Echo before anyone from the council spoke to us," said Joanna Trease, '
        "who has two children at the school. A council spokesman said no decisions had "
        "been taken.",
        (
            ("hedge", "could"),
            ("named_source", "Professor Gwyneth Aldous-Penry"),
            ("expert_source", "an education policy specialist at Marlbury University"),
            ("anonymous_source", "Parents at St Oswin's Primary in Little Hethersett"),
            ("named_source", "Joanna Trease"),
            ("anonymous_source", "A council spokesman"),
        ),
    ),
    Passage(
        "summer-14",
        "A 34-year-old man has been charged with setting fire to three churches in eastern "
        "Halvorsen County over the summer, prosecutors said Wednesday. Trent Wexley of "
        "Pine Hollow was arrested Monday after investigators matched his truck to "
        "surveillance footage, according to a criminal complaint. Wexley allegedly told an "
        "acquaintance that he wanted to “burn them all down,” the complaint says. Sheriff "
        "Dolores Ambrose-Kettle said detectives were still trying to establish a motive. "
        "“We think he acted alone, but we’re not ruling anything out,” the sheriff said. "
        "Wexley’s public defender did not respond to a request for comment.",
        (
            ("anonymous_source", "prosecutors"),
            ("hedge", "allegedly"),
            ("named_source", "Dolores Ambrose-Kettle"),
            ("hedge", "We think"),
            ("named_source", "the sheriff"),
        ),
    ),
    Passage(
        "summer-15",
        "Water companies in England discharged raw sewage into rivers and the sea for more "
        "than 3.1 million hours last year, figures from the Environment Regulator show. "
        "Campaigners said the true figure was likely to be higher because many overflow "
        "pipes are not monitored. Dr Felicity Ombaka, a freshwater ecologist at the "
        "University of Wrexford, said repeated spills could be driving the decline of "
        "salmon in several western rivers. Severnvale Water said it was investing £2bn to "
        "cut spills by half by 2030. The figures were first published by the Daily "
        "Sentinel, which obtained them under freedom-of-information rules. Ministers are "
        "thought to be considering tougher penalties, the paper said.",
        (
            ("anonymous_source", "Campaigners"),
            ("hedge", "likely"),
            ("named_source", "Dr Felicity Ombaka"),
            ("expert_source", "a freshwater ecologist at the University of Wrexford"),
            ("hedge", "could"),
            ("media_source", "Daily Sentinel"),
            ("hedge", "are thought to"),
            ("media_source", "the paper"),
        ),
    ),
    Passage(
        "summer-16",
        "Commuter trains on the Ridgeline corridor will run on a reduced schedule for at "
        "least six weeks while crews replace a failing bridge over the Kessel River, "
        "transit officials said Thursday. About 22,000 riders use the line on a typical "
        "weekday. Gen. Arthur Pellegrini, the retired Army general who now heads the Metro "
        "Valley Transit Authority, said inspectors had found corrosion “far worse than our "
        "models predicted.” Riders could face delays of up to 40 minutes during peak "
        "hours, he said. “I’ve been taking this train for 15 years and it’s never been "
        "this bad,” said Lucia Ferraro-Banks, 41, a nurse who commutes from Alden. Another "
        "rider said she might start driving instead.",
        (
            ("anonymous_source", "transit officials"),
            ("named_source", "Gen. Arthur Pellegrini"),
            ("hedge", "could"),
            ("named_source", "Lucia Ferraro-Banks"),
            ("anonymous_source", "Another rider"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "summer-17",
        "Bus drivers at two depots in Castlereagh Vale will strike for 48 hours next week "
        "after talks over pay broke down, the Transport and General Union said. The union "
        'said its members had been offered a 3% rise, well below inflation. "Our drivers '
        'have had enough of warm words," said regional organiser Bernadette Colquhoun. '
        'Vale Buses said it was "disappointed" and urged the union to return to talks. A '
        "driver at the Harlow Road depot, who asked not to be named because he feared "
        'disciplinary action, said morale was "the lowest I\'ve seen it". The dispute could '
        "spread to the company's Kilbride depot, union officials warned. Passengers may "
        "face disruption on more than 30 routes, the company said.",
        (
            ("named_source", "Bernadette Colquhoun"),
            ("anonymous_source", "A driver at the Harlow Road depot"),
            ("hedge", "could"),
            ("anonymous_source", "union officials"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "summer-18",
        "Median rents in Calverton rose 11% over the past year, the fastest pace among "
        "large cities in the state, according to data from the listing site HomeNest. "
        "Councilwoman Teresa Okonkwo-Brandt, who chairs the housing committee, said she "
        "would introduce a bill next month to cap annual increases in older buildings. "
        '"Rent control sounds good, but over time it shrinks supply," said Victor Haldane, '
        "an urban economist at the Prescott Institute. A similar cap in neighboring "
        "Drayton may have slowed new construction, Haldane said. Tenants at a complex on "
        "Elm Terrace said they had received notices of increases of up to 30%. The "
        "building's owner, Crestline Property Group, did not return calls.",
        (
            ("named_source", "Teresa Okonkwo-Brandt"),
            ("named_source", "Victor Haldane"),
            ("expert_source", "an urban economist at the Prescott Institute"),
            ("hedge", "may"),
            ("named_source", "Haldane#2"),
            ("anonymous_source", "Tenants at a complex on Elm Terrace"),
        ),
    ),
    Passage(
        "summer-19",
        "Farmers in the Wendle Valley say a wet spring has left thousands of acres of "
        "potatoes unplanted, raising fears of shortages later in the year. Tom Ashgrove, "
        "who farms 400 acres near Pilsworth, said he had managed to plant less than half "
        "his usual crop. “The ground has been like porridge since March,” he said. "
        "Agronomist Dr Ruth Penhallow said yields on fields planted late would probably be "
        "down by a fifth. Supermarkets may have to import more potatoes from the "
        "continent, according to the trade magazine Grower Weekly. The National Farmers’ "
        "Alliance said it had asked the government for emergency support.",
        (
            ("anonymous_source", "Farmers in the Wendle Valley"),
            ("named_source", "Tom Ashgrove"),
            ("expert_source", "Agronomist"),
            ("named_source", "Dr Ruth Penhallow"),
            ("hedge", "probably"),
            ("hedge", "may"),
            ("media_source", "Grower Weekly"),
        ),
    ),
    Passage(
        "summer-20",
        "Utility regulators in Ardmore approved a plan Monday to close the state’s last "
        "coal-fired power plant by 2029, three years earlier than scheduled. The owner, "
        "Great Plains Electric, said the Coldwater Station would be replaced by a mix of "
        "wind, solar and battery storage. Commissioner Hal Brandvold, who cast the lone "
        "dissenting vote, warned that customers could see higher bills. “We are betting "
        "the grid on technology that hasn’t been proven at this scale,” Brandvold said. "
        "Environmental groups praised the decision. The closure will probably cost about "
        "140 jobs, according to an analysis reported by the Ardmore Star-Tribune.",
        (
            ("named_source", "Hal Brandvold"),
            ("hedge", "could"),
            ("named_source", "Brandvold#2"),
            ("anonymous_source", "Environmental groups"),
            ("hedge", "probably"),
            ("media_source", "Ardmore Star-Tribune"),
        ),
    ),
    Passage(
        "summer-21",
        "Sen. Margaret Thorvald, D-Minn., said Tuesday she would not support the "
        "administration's nominee for trade representative, all but dooming the nomination "
        'in a closely divided committee. "I have serious concerns about his record on '
        'labor enforcement," Thorvald said in a statement. The nominee, Douglas Reinholt, '
        "spent two decades as a corporate lawyer in Chicago. Two other Democrats on the "
        "committee are undecided, according to aides familiar with their thinking. Rep. "
        "Calvin Osterhout (R-Texas), who chairs the House trade subcommittee, called the "
        'opposition "pure politics." The White House is expected to press ahead with a '
        "committee vote next week.",
        (
            ("named_source", "Sen. Margaret Thorvald"),
            ("named_source", "Thorvald#2"),
            ("anonymous_source", "aides familiar with their thinking"),
            ("named_source", "Rep. Calvin Osterhout"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "summer-22",
        "Dame Winifred Strang, the engraver whose portraits appeared on three generations "
        "of banknotes, has died aged 94. Her family said she died peacefully at home in "
        "Dunmarsh on Saturday. Born in the town in 1931, she trained at the Elsworth "
        "School of Art before joining the state printing works in 1954. “She could cut a "
        "face into steel so that it seemed to breathe,” said Peter Cullingham, a former "
        "colleague. The art historian Miriam Oduya-Hart, who curated a retrospective of "
        "Strang’s work in 2015, called her “the last of the great hand engravers”. She is "
        "survived by a son and two granddaughters.",
        (
            ("anonymous_source", "Her family"),
            ("named_source", "Peter Cullingham"),
            ("expert_source", "art historian"),
            ("named_source", "Miriam Oduya-Hart"),
        ),
    ),
    Passage(
        "summer-23",
        "A former finance director of Pellworth Homes has been jailed for six years for "
        "defrauding the housebuilder of £3.4m over nearly a decade. Nigel Ostley, 57, of "
        "Hatherden, used the money to buy racehorses and a villa in Portugal, Kingsbridge "
        "Crown Court heard. Sentencing him, Judge Helena Markby said he had shown "
        "“breathtaking arrogance”. Prosecutor Anjali Desai-Rowe told the court Ostley had "
        "hidden the thefts by creating invoices from fictitious suppliers. The company’s "
        "chief executive, Martin Trelawney, said in a statement that staff had been "
        "“deeply shocked”. More money may yet be recovered, the judge said.",
        (
            ("named_source", "Helena Markby"),
            ("named_source", "Anjali Desai-Rowe"),
            ("named_source", "Martin Trelawney"),
            ("hedge", "may"),
            ("named_source", "the judge"),
        ),
    ),
    Passage(
        "summer-24",
        "The military government in Sarvania has detained at least a dozen journalists in "
        "the past week, according to the press freedom group Open Ink. Radio Veyra, an "
        "independent broadcaster, said one of its correspondents, Dariusz Kemal, was among "
        "those held. The detentions are believed to be linked to coverage of a failed "
        "mutiny last month, the Tessaly Daily News reported, citing two relatives of "
        "detained reporters. Gen. Osric Vantanen, a spokesman for the ruling council, told "
        "state media that the journalists had “endangered national security”. It is "
        "unclear whether any of them have been charged.",
        (
            ("media_source", "Radio Veyra"),
            ("hedge", "are believed to"),
            ("media_source", "Tessaly Daily News"),
            ("anonymous_source", "two relatives of detained reporters"),
            ("named_source", "Gen. Osric Vantanen"),
            ("media_source", "state media"),
            ("hedge", "It is unclear"),
        ),
    ),
    Passage(
        "summer-25",
        "Adults who walk at least 7,000 steps a day may have a lower risk of developing "
        "dementia, a large study published Wednesday suggests. Researchers tracked about "
        "48,000 people in four countries for an average of nine years. Those who walked "
        "the most were 25% less likely to be diagnosed with dementia than those who walked "
        "the least. The study does not prove that walking prevents dementia, cautioned Dr. "
        "Harold Seung-Ambler, a neurologist at Wexley Memorial Hospital who was not "
        'involved in the research. "People who are already developing memory problems may '
        'simply move less," he said. Still, the findings add to evidence that exercise is '
        "good for the brain, he said.",
        (
            ("hedge", "may"),
            ("hedge", "suggests"),
            ("named_source", "Dr. Harold Seung-Ambler"),
            ("expert_source", "a neurologist at Wexley Memorial Hospital"),
            ("hedge", "may#2"),
        ),
    ),
    Passage(
        "summer-26",
        "Brightmoor Motors plans to cut the price of its entry-level electric hatchback by "
        "about 10% in Europe next month, chief executive Anneliese Vormann said in an "
        "interview with the business daily Handelskurier. Vormann said the company could "
        "not “sit still while Chinese rivals take the market”. The move could squeeze "
        "margins that are already thin, analysts said. Shares in Brightmoor fell 2.1% in "
        "Frankfurt. Two people familiar with the company’s plans said a cheaper model, "
        "with a smaller battery, was likely to be unveiled at the Munich motor show in "
        "September. A Brightmoor spokesman declined to comment on the report.",
        (
            ("named_source", "Anneliese Vormann"),
            ("media_source", "Handelskurier"),
            ("named_source", "Vormann#2"),
            ("hedge", "could#2"),
            ("anonymous_source", "analysts"),
            ("anonymous_source", "Two people familiar with the company’s plans"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "summer-27",
        "Ashvale Rovers have sacked manager Declan Fairbrother after a run of seven league "
        "games without a win, the club announced on Sunday. Fairbrother, 46, took charge "
        "in the summer of 2023 and led Rovers to promotion in his first season, a feat "
        "celebrated on the front page of the Brackenshire Argus. Assistant coach Iain "
        "Mulgrew will take temporary charge. Former Rovers captain Lee Sandiford said the "
        "board had “panicked”. Rovers are understood to be interested in the former Wolsey "
        "Town boss Kenny Aldred, according to the Northern Echo-Times. Chairman Roy "
        "Bannerman has reportedly received abuse online, and some supporters have called "
        "for him to resign.",
        (
            ("named_source", "Lee Sandiford"),
            ("hedge", "are understood to"),
            ("media_source", "Northern Echo-Times"),
            ("hedge", "reportedly"),
            ("anonymous_source", "some supporters"),
        ),
    ),
    Passage(
        "summer-28",
        "The city of Marston Falls spent nearly $900,000 on outside legal fees last year "
        "defending its police department against misconduct lawsuits, according to records "
        "obtained by the Marston Falls Herald. The figure is more than double what the "
        'city budgeted. Mayor Carolyn Petrakis said the costs reflected "a small number of '
        'complex cases" and would fall this year. City Council member Ruben Atwater-Diaz '
        "said the spending might be only part of the picture, because several settlements "
        "were paid from a separate insurance fund. The mayor said she had asked the city "
        "attorney to review those payments. A police union representative could not be "
        "reached for comment. The Herald's review found that three officers accounted for "
        "nearly half of the cases.",
        (
            ("media_source", "Marston Falls Herald"),
            ("named_source", "Carolyn Petrakis"),
            ("named_source", "Ruben Atwater-Diaz"),
            ("hedge", "might"),
            ("named_source", "The mayor"),
            ("media_source", "The Herald"),
        ),
    ),
    Passage(
        "summer-29",
        "Waiting lists for hip and knee operations in the Carrow health region have risen "
        "for a sixth consecutive month, new figures show. More than 9,400 patients have "
        "now waited over a year. Dr Imran Haskell, a consultant orthopaedic surgeon in "
        "Northfleet and a spokesman for the Society of Joint Surgeons, said many patients "
        'were "living in pain and losing their independence". Health board officials '
        "blamed a shortage of anaesthetists and said extra weekend lists would cut waits "
        "by the spring. One patient, a retired teacher from Calderby, said she had been "
        "told she may have to wait another 18 months. The health minister, Aileen Grier, "
        "is due to make a statement to the assembly next week.",
        (
            ("named_source", "Dr Imran Haskell"),
            ("expert_source", "a consultant orthopaedic surgeon in Northfleet"),
            ("anonymous_source", "Health board officials"),
            ("anonymous_source", "One patient"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "summer-30",
        "The government is preparing to require app stores to verify users’ ages before "
        "allowing downloads of social media apps, according to a draft policy paper seen "
        "by the Lanark Standard. The measure is expected to be announced in the autumn as "
        "part of a wider online safety package. Digital Minister Oliver Penhale-Grant is "
        "thought to favour the tougher of two options under discussion, two government "
        "sources said. Tech companies are likely to resist. Dr Sunita Varkey, who "
        "researches online child safety at the Halden Institute, said checks at the app "
        "store level “may be the least bad option, but a determined 14-year-old will find "
        "a way round them”. The Department for Digital Affairs said it did not comment on "
        "leaks.",
        (
            ("media_source", "Lanark Standard"),
            ("hedge", "is expected to"),
            ("hedge", "is thought to"),
            ("anonymous_source", "two government sources"),
            ("hedge", "likely"),
            ("named_source", "Dr Sunita Varkey"),
            ("expert_source", "who researches online child safety at the Halden Institute"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "summer-31",
        "Detectives investigating the theft of a rare 17th-century atlas from a library in "
        "Aldersey have released images of two men they wish to speak to. The atlas, valued "
        "at about £250,000, was taken from a display case during opening hours on 14 May. "
        "Det Insp Karen Holloway said the men appeared to have “studied the layout of the "
        "building carefully” on an earlier visit. “Someone may be offered this book "
        "quietly, and we would urge any dealer who is to get in touch,” she said. Library "
        "staff said the case had been locked. The head librarian, Dr Edmund "
        "Falconer-Reyes, said the loss was “devastating for scholars and for the town”.",
        (
            ("named_source", "Det Insp Karen Holloway"),
            ("hedge", "appeared to"),
            ("hedge", "may"),
            ("anonymous_source", "Library staff"),
            ("named_source", "Dr Edmund Falconer-Reyes"),
        ),
    ),
    Passage(
        "summer-32",
        "Treasury yields climbed to their highest level in four months on Thursday after a "
        "stronger-than-expected jobs report reduced bets on a rate cut. The yield on the "
        '10-year note rose to 4.62%. "The labor market is simply not cooling the way the '
        'central bank wants," said Dominic Farquhar, senior economist at Larchmont '
        "Partners. Futures markets now price in roughly a one-in-three chance of a cut in "
        "June. The central bank is unlikely to move before the fall, Rebecca Solberg, a "
        "monetary policy fellow at the Hollis Policy Center, told the Financial Wire. "
        "Stocks fell, with the tech-heavy index down 1.4%.",
        (
            ("named_source", "Dominic Farquhar"),
            ("expert_source", "senior economist at Larchmont Partners"),
            ("hedge", "unlikely"),
            ("named_source", "Rebecca Solberg"),
            ("expert_source", "a monetary policy fellow at the Hollis Policy Center"),
            ("media_source", "Financial Wire"),
        ),
    ),
    Passage(
        "summer-33",
        "A Pacific fisher, a weasel-like mammal not seen in the Tamsen National Forest for "
        "nearly a century, has been captured on a trail camera, wildlife officials said "
        "Tuesday. The animal may have wandered in from a reintroduced population about 60 "
        "miles to the north, said Gwen Hollister, a wildlife biologist with the state "
        "Department of Fish and Game. “It’s one photo of one animal. We don’t know yet "
        "whether there are others,” Hollister said. Biologists plan to set more cameras "
        "this winter. The sighting was first reported by the Tamsen Valley Courier. Some "
        "hunters in the area said they had seen similar animals in recent years, though "
        "none had photographs.",
        (
            ("anonymous_source", "wildlife officials"),
            ("hedge", "may"),
            ("named_source", "Gwen Hollister"),
            ("expert_source", "a wildlife biologist with the state Department of Fish and Game"),
            ("hedge", "We don’t know yet"),
            ("named_source", "Hollister#2"),
            ("media_source", "Tamsen Valley Courier"),
            ("anonymous_source", "Some hunters in the area"),
        ),
    ),
    Passage(
        "summer-34",
        "The Pemberton school board voted 5-2 on Monday to move the start of the high "
        "school day to 8:45 a.m., citing research on teenagers’ sleep. Superintendent Dr. "
        "Lionel Banerjee said the change would take effect next fall. Board member Janice "
        "Whitcombe, who voted against it, said later start times could complicate bus "
        "routes and after-school jobs. “We heard from a lot of working parents who are "
        "worried,” she said. Several students who spoke at the meeting supported the "
        "change. Dr. Priyanka Meadows, a pediatric sleep researcher at Colbert Children’s "
        "Hospital, said the evidence that later start times improve attendance was “quite "
        "strong.”",
        (
            ("named_source", "Dr. Lionel Banerjee"),
            ("named_source", "Janice Whitcombe"),
            ("hedge", "could"),
            ("anonymous_source", "Several students who spoke at the meeting"),
            ("named_source", "Dr. Priyanka Meadows"),
            ("expert_source", "a pediatric sleep researcher at Colbert Children’s Hospital"),
        ),
    ),
    Passage(
        "summer-35",
        "Kestavia's central bank governor, Anton Mirecki, will be replaced after clashing "
        "with the prime minister over interest rates, the newspaper Dziennik Polnocny "
        "reported on Friday, citing three senior government officials. Mirecki's term does "
        "not end until 2027. A spokeswoman for the prime minister said she could not "
        "comment on personnel matters. The newspaper said the likely successor was deputy "
        "finance minister Halina Rzepka, who has argued for lower borrowing costs. The "
        "korona fell 0.8% against the euro after the report. Analysts said a politically "
        "driven appointment could unsettle foreign investors.",
        (
            ("media_source", "Dziennik Polnocny"),
            ("anonymous_source", "three senior government officials"),
            ("media_source", "The newspaper"),
            ("hedge", "likely"),
            ("anonymous_source", "Analysts"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "summer-36",
        "A dangerous heat wave is likely to persist across the southern plains through the "
        "weekend, with temperatures topping 110 degrees in parts of Harlan and Cordova "
        "counties, the National Weather Office said Wednesday. Overnight lows may not fall "
        "below 85, offering little relief. “Heat like this is a silent killer, especially "
        "for older people living alone,” said Dr. Miguel Santorini-Vale, an emergency "
        "physician at Cordova General Hospital. Cooling centers will stay open around the "
        "clock. The grid operator, Southplains Power Pool, said it could handle the demand "
        "but asked customers to set thermostats higher in the late afternoon. Some "
        "residents without air conditioning said they planned to sleep in their cars.",
        (
            ("hedge", "likely"),
            ("hedge", "may"),
            ("named_source", "Dr. Miguel Santorini-Vale"),
            ("expert_source", "an emergency physician at Cordova General Hospital"),
            ("anonymous_source", "Some residents without air conditioning"),
        ),
    ),
    Passage(
        "summer-37",
        "The singer-songwriter Maeve Corrigan has pulled out of next month’s Brackwater "
        "Festival, citing exhaustion, a spokesman for the singer said on Tuesday. The "
        "29-year-old had been due to headline on the Saturday night. In an interview "
        "broadcast last week by Radio Westmarch, Corrigan said she had been “running on "
        "empty” since the start of her world tour. Festival organisers said a replacement "
        "act would be announced within days. Rumours that the festival had struggled to "
        "sell tickets this year were “simply untrue”, a festival spokeswoman said. Tickets "
        "will not be refunded, according to the festival’s terms.",
        (
            ("anonymous_source", "a spokesman for the singer"),
            ("media_source", "Radio Westmarch"),
            ("named_source", "Corrigan#2"),
            ("anonymous_source", "Festival organisers"),
            ("hedge", "Rumours"),
            ("anonymous_source", "a festival spokeswoman"),
        ),
    ),
    Passage(
        "summer-38",
        "The Pentagon is weighing whether to send additional air-defense systems to "
        "Corvania after a string of drone attacks on its eastern cities, two U.S. "
        "officials said Thursday. No decision has been made, and the request could still "
        "be denied over concerns about U.S. stockpiles, one of the officials said. Gen. "
        "Patricia Hollenbeck, the commander of U.S. forces in the region, told lawmakers "
        'on Tuesday that the attacks had grown "more frequent and more sophisticated." '
        "Corvania's defense minister, Tomas Virkkula, said in an interview with the "
        'Arlington Dispatch that his country had "days, not weeks" of interceptor missiles '
        "left. The White House declined to comment.",
        (
            ("anonymous_source", "two U.S. officials"),
            ("hedge", "could"),
            ("anonymous_source", "one of the officials"),
            ("named_source", "Gen. Patricia Hollenbeck"),
            ("named_source", "Tomas Virkkula"),
            ("media_source", "Arlington Dispatch"),
        ),
    ),
    Passage(
        "summer-39",
        "A container ship that ran aground in the Firth of Carrick on Sunday could be "
        "refloated as early as Wednesday, the Carrick Coastguard said. The 300-metre Maren "
        "Solvik, carrying about 4,000 containers, struck a sandbank in fog shortly after "
        "leaving port. No injuries or pollution have been reported. The vessel’s owner, "
        "Nordhav Line, said a salvage team was on board. Captain Ruairi Dunleavy, a "
        "harbour pilot with 30 years’ experience on the firth, told Carrick Radio that the "
        "channel there “shifts every winter”. The broadcaster reported that the port "
        "authority had been warned about the sandbank in 2022. The grounding is likely to "
        "delay sailings from the port for several days.",
        (
            ("hedge", "could"),
            ("named_source", "Ruairi Dunleavy"),
            ("expert_source", "a harbour pilot with 30 years’ experience on the firth"),
            ("media_source", "Carrick Radio"),
            ("media_source", "The broadcaster"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "summer-40",
        "The private space company Orbis Launch said its reusable rocket, Kestrel II, "
        "exploded about 90 seconds after lifting off from its test site in Van Meter "
        "County on Saturday. No one was hurt. Chief executive Dana Whitlock-Price wrote on "
        'social media that the company had "learned a ton" and would fly again within '
        "months. Federal aviation regulators said they would oversee the investigation. "
        "The failure may have been caused by a fuel leak in the second stage, according to "
        "an engineer at the company who spoke on condition of anonymity because the "
        "inquiry is ongoing. Spaceflight analyst Jonathan Breckenridge said the setback "
        "would probably push Orbis's first crewed flight into 2027.",
        (
            ("named_source", "Dana Whitlock-Price"),
            ("anonymous_source", "Federal aviation regulators"),
            ("hedge", "may"),
            ("anonymous_source", "an engineer at the company"),
            ("expert_source", "Spaceflight analyst"),
            ("named_source", "Jonathan Breckenridge"),
            ("hedge", "probably"),
        ),
    ),
)
