"""Last set: 40 annotated news passages, a seventh set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages`), after the late set, without running the extractor on
the passages and without reading its code or lexicons. Like the late set it is weighted toward
ordinary copy rather than hard cases: routine wire and newspaper stories across many beats
(courts, politics, health, science, business, markets, sport, local government, foreign news,
technology, weather, culture, education, crime, environment, transport, labour, housing, food,
aviation), with the usual mix of sourcing. Spread through them are named sources in the ordinary
shapes (name then role, role then name, "Dr." and "Ms.", ages, inverted "said X"), later
references by surname and by role ("The judge", "The minister"); expert credentials after the
name, before it ("Castlegate Bank commodities strategist", "Professor") and as relative clauses
about research or experience; other outlets cited as subject of "reported" (with "citing"),
after "according to", with "told", "in an interview with", "first reported by", "seen by",
"obtained by", and as later references ("The paper", "The newspaper", "the magazine"); unnamed
and vague sources (officials, anonymity clauses, groups, "a person familiar with", "a person
with knowledge of", "One resident" and "Another", unnamed spokespeople who make a statement);
hedges; and distractors that are not annotated (outlets named but not cited, a journal a study
was published in, titles of office without a statement, organisations speaking for themselves,
a non-news "agency", vague quantities, "found no evidence", "declined to comment", "could not be
reached for comment", the month "May", people mentioned but not speaking, "can").

First measurement (2026-12-03, the extractors after the late set's fixes, nothing changed
with this set in view): macro-F1 0.92 (named 0.92, expert 0.87, unnamed 0.88, media 0.90,
hedges 1.00). Its errors have not been read: like the held-out set, it stays blind.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "last-01",
        "A former treasurer of the Brackenridge Rowing Club was sentenced on Tuesday to three "
        "years in prison for taking £210,000 from the club's accounts over nine years. Judge "
        'Cecily Marwood told Osric Penhallow, 64, that he had "betrayed the trust of people who '
        "counted you as a friend.\" Penhallow's barrister, Tamsin Ogunleye, said her client had "
        "repaid about half of the money and was likely to appeal. The club's president, Hugo "
        'Ferrers, said outside court that members had been "stunned" when the losses came to '
        "light. The club could be forced to sell its boathouse, according to a person close to its "
        "committee.",
        (
            ("named_source", "Cecily Marwood"),
            ("named_source", "Tamsin Ogunleye"),
            ("hedge", "likely"),
            ("named_source", "Hugo Ferrers"),
            ("hedge", "could"),
            ("anonymous_source", "a person close to its committee"),
        ),
    ),
    Passage(
        "last-02",
        "The governing Unity Party's plan to raise the state pension age to 68 cleared its first "
        "vote in the Mardovian parliament on Wednesday by 151 votes to 139. Labour Minister Jarek "
        'Polanski said the change was "the only honest answer to an ageing country." Opposition '
        'leader Zofia Krendal called it "a tax on the people who built this country." Several '
        "backbenchers in the ruling party voted against the bill, and more might rebel at the "
        "final reading in May, according to two party officials who spoke on condition of "
        "anonymity. The bill is expected to pass, Polanski told the public broadcaster TVM, "
        '"though not without scars."',
        (
            ("named_source", "Jarek Polanski"),
            ("named_source", "Zofia Krendal"),
            ("hedge", "might"),
            ("anonymous_source", "two party officials"),
            ("hedge", "is expected to"),
            ("named_source", "Polanski#2"),
            ("media_source", "TVM"),
        ),
    ),
    Passage(
        "last-03",
        "Waiting times for hip and knee operations in the Carrowmore health region have grown to "
        "an average of 14 months, the longest in the country, according to figures published on "
        'Thursday by the regional health board. "Patients are living in pain for more than a year, '
        'and some of them are losing their jobs because of it," said Dr. Fiona Lachlan-Reid, an '
        "orthopaedic surgeon at Carrowmore Royal Infirmary. A board spokeswoman said extra "
        "operating theatres would open in the spring. Some patients said they had paid for private "
        "surgery abroad. The backlog is unlikely to clear before 2028, said Gareth Imrie, a health "
        "economist at the University of Dunross.",
        (
            ("named_source", "Dr. Fiona Lachlan-Reid"),
            ("expert_source", "an orthopaedic surgeon at Carrowmore Royal Infirmary"),
            ("anonymous_source", "A board spokeswoman"),
            ("anonymous_source", "Some patients"),
            ("hedge", "unlikely"),
            ("named_source", "Gareth Imrie"),
            ("expert_source", "a health economist at the University of Dunross"),
        ),
    ),
    Passage(
        "last-04",
        "Archaeologists digging beneath a car park in the market town of Wexley have uncovered "
        "what appears to be a Roman bathhouse, the county archaeology service said on Monday. "
        "Coins found at the site suggest it was in use in the third century, said Dr. Imogen "
        'Saltash, an archaeologist at Pelham University. "We expected a few pots, not a whole '
        "building,\" she said. Some local historians said the find could explain the town's "
        "unusual street plan. The car park's owner, Wexley Properties, said work on a planned "
        "supermarket had been paused. The remains may be reburied once they have been recorded.",
        (
            ("hedge", "appears to"),
            ("hedge", "suggest"),
            ("named_source", "Dr. Imogen Saltash"),
            ("expert_source", "an archaeologist at Pelham University"),
            ("anonymous_source", "Some local historians"),
            ("hedge", "could"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "last-05",
        "The supermarket chains Granby's and FreshWay have agreed to merge in a deal that would "
        "create the country's second-largest grocer, the two companies said on Monday. The "
        "combined group would have about 900 stores and 61,000 employees. Granby's chief "
        "executive, Lionel Ashworth-Beck, said no stores would close in the first year. The deal "
        "is likely to face a lengthy review by the competition authority, said Ruth Okereke-Lamb, "
        "a competition lawyer at the firm Harlow Venn. The talks were first reported last month by "
        "the Ledger Financial. Suppliers said they were worried about being squeezed on prices.",
        (
            ("named_source", "Lionel Ashworth-Beck"),
            ("hedge", "likely"),
            ("named_source", "Ruth Okereke-Lamb"),
            ("expert_source", "a competition lawyer at the firm Harlow Venn"),
            ("media_source", "Ledger Financial"),
            ("anonymous_source", "Suppliers"),
        ),
    ),
    Passage(
        "last-06",
        "Oil prices jumped more than 5 percent on Friday after a fire shut the largest refinery in "
        "the Gulf state of Qarsan. The benchmark Talmar crude rose to $94 a barrel, its highest "
        "level since May. The fire was started by a lightning strike, the state news agency QNA "
        "reported, citing the energy ministry. Traders said the refinery could stay shut for "
        'weeks. "The market was already tight, and this takes a big chunk of supply away at the '
        'worst time," said Castlegate Bank commodities strategist Dominic Vayle. Airline shares '
        "fell across the region.",
        (
            ("media_source", "QNA"),
            ("anonymous_source", "Traders"),
            ("hedge", "could"),
            ("expert_source", "Castlegate Bank commodities strategist"),
            ("named_source", "Dominic Vayle"),
        ),
    ),
    Passage(
        "last-07",
        "Portmere United have agreed a club-record fee of about 48 million euros for the Kestavan "
        "winger Luka Brenovic, the sports daily Gol Kestava reported on Thursday. The paper said "
        "Brenovic, 21, would undergo a medical in Portmere this weekend. Portmere manager Alistair "
        "Dunmore refused to discuss the deal at his news conference on Friday but said the club "
        "\"can't stand still.\" Brenovic's agent, Marko Tesic, told the radio station Sport 1 "
        'Kestava that "nothing is signed until it is signed." The fee could rise to 55 million '
        "euros with add-ons, according to a person with knowledge of the negotiations.",
        (
            ("media_source", "Gol Kestava"),
            ("media_source", "The paper"),
            ("named_source", "Alistair Dunmore"),
            ("named_source", "Marko Tesic"),
            ("media_source", "Sport 1 Kestava"),
            ("hedge", "could"),
            ("anonymous_source", "a person with knowledge of the negotiations"),
        ),
    ),
    Passage(
        "last-08",
        "Households in Thornbury will have their general rubbish collected every three weeks "
        "instead of every two from October, the district council decided on Tuesday. Councillor "
        "Maud Pettigrew, the council's environment lead, said the change would save £1.1 million a "
        "year and push residents to recycle more. Some residents said they were worried about rats "
        'and overflowing bins. "We have four children. Three weeks is a long time," said Neil '
        "Calloway, 38, of Ashfield Road. Pettigrew said families with young children can apply for "
        "a larger bin. Opposition councillors said they would try to overturn the decision at the "
        "next full council meeting.",
        (
            ("named_source", "Maud Pettigrew"),
            ("anonymous_source", "Some residents"),
            ("named_source", "Neil Calloway"),
            ("named_source", "Pettigrew#2"),
            ("anonymous_source", "Opposition councillors"),
        ),
    ),
    Passage(
        "last-09",
        "The electoral commission of Saranto on Wednesday declared President Ilario Montebrun the "
        "winner of Sunday's vote with 54 percent, but his challenger, Beatriz Olavide, refused to "
        'concede. "The count was stolen in the night," Olavide told supporters in the capital, '
        "Porto Serin. Observers from the Coastal States Union said they had seen ballot boxes "
        "opened without witnesses in at least three provinces. The result may be challenged in the "
        "constitutional court, said Tiago Mendanha, a constitutional lawyer at the University of "
        "Porto Serin. Montebrun has not spoken in public since the vote. Troops were deployed "
        "around the commission's offices overnight, the news agency AgenSar reported, citing "
        "witnesses.",
        (
            ("named_source", "Olavide#2"),
            ("anonymous_source", "Observers from the Coastal States Union"),
            ("hedge", "may"),
            ("named_source", "Tiago Mendanha"),
            ("expert_source", "a constitutional lawyer at the University of Porto Serin"),
            ("media_source", "AgenSar"),
            ("anonymous_source", "witnesses#2"),
        ),
    ),
    Passage(
        "last-10",
        "Hackers stole the personal details of about 2.3 million customers of the mobile operator "
        "Telvox, the company said on Tuesday, a week after the breach was first reported by the "
        "technology news site ByteWire. Names, addresses and passport numbers were taken, but no "
        "bank details, Telvox said. The attack appears to have been carried out by a criminal "
        "group that has targeted telecoms firms in three other countries, said Annika Sjöberg, a "
        "cybersecurity researcher at the Lindqvist Institute. A Telvox engineer, who asked not to "
        "be named, said warnings about the vulnerable system had been ignored for months. The "
        "stolen data could be used for identity fraud, the national cybersecurity agency warned.",
        (
            ("media_source", "ByteWire"),
            ("hedge", "appears to"),
            ("named_source", "Annika Sjöberg"),
            ("expert_source", "a cybersecurity researcher at the Lindqvist Institute"),
            ("anonymous_source", "A Telvox engineer"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "last-11",
        "Reservoirs in the Vessary region have fallen to 31 percent of capacity after the driest "
        "spring in six decades, the regional water authority said on Wednesday. A hosepipe ban "
        "will take effect on Monday, and the authority said restrictions on farms might follow. "
        '"The soil is like concrete. We can\'t plant anything," said Pieter Dalmeijer, 52, who '
        "grows vegetables near the village of Oosthaven. Forecasters said rain was unlikely before "
        "the end of the month. Without significant rainfall, levels could fall below 20 percent by "
        "August, said Dr. Marieke Spoorenberg, a hydrologist at Vessary Polytechnic.",
        (
            ("hedge", "might"),
            ("named_source", "Pieter Dalmeijer"),
            ("anonymous_source", "Forecasters"),
            ("hedge", "unlikely"),
            ("hedge", "could"),
            ("named_source", "Dr. Marieke Spoorenberg"),
            ("expert_source", "a hydrologist at Vessary Polytechnic"),
        ),
    ),
    Passage(
        "last-12",
        "The National Museum of Orlen will return a carved ivory mask to the Kingdom of Batanga, "
        "more than a century after it was taken by colonial soldiers, the museum's director, "
        'Helena Vos-Marchal, said on Friday. "It was never ours to keep," Vos-Marchal said. '
        "Batanga's culture minister, Kofi Dankwa-Mensima, is expected to receive the mask at a "
        "ceremony in July. The decision may put pressure on other museums holding objects from the "
        "same expedition, said Professor Elise Vandermeer, who studies the history of collecting "
        "at the University of Aalbeek. The museum's board had rejected a similar request in 2011.",
        (
            ("named_source", "Helena Vos-Marchal"),
            ("named_source", "Vos-Marchal#2"),
            ("hedge", "is expected to"),
            ("hedge", "may"),
            ("expert_source", "Professor"),
            ("named_source", "Elise Vandermeer"),
            ("expert_source", "who studies the history of collecting at the University of Aalbeek"),
        ),
    ),
    Passage(
        "last-13",
        "The share of pupils in Hadleigh gaining top grades in school-leaving exams fell for the "
        "third year running, according to results published on Thursday. Just 19 percent of "
        "entries were awarded the highest grade, down from 23 percent in 2023. Education Secretary "
        'Marcus Delahaye said standards were "returning to normal after the pandemic years." Head '
        'teachers said pupils who had missed months of lessons were being unfairly penalised. "Our '
        "students worked harder than any year I've taught,\" said Yvonne Castellane, head of "
        "Brookfield Academy in Lowmarsh. Grade boundaries could be reviewed next year, according "
        "to a senior official at the exams regulator.",
        (
            ("named_source", "Marcus Delahaye"),
            ("anonymous_source", "Head teachers"),
            ("named_source", "Yvonne Castellane"),
            ("hedge", "could"),
            ("anonymous_source", "a senior official at the exams regulator"),
        ),
    ),
    Passage(
        "last-14",
        "Police in Kingsferry have arrested two teenagers over a string of burglaries in which "
        "jewellery and cash worth more than £80,000 were taken from homes in the town's west end. "
        "Detective Constable Ravi Mehta-Jones said the boys, aged 16 and 17, were suspected of at "
        "least 14 break-ins since March. Neither can be named for legal reasons. Residents of "
        "Orchard Lane said they had begun fitting cameras after several homes on the street were "
        'targeted. "You don\'t feel safe in your own bed," said Gillian Forsyth, 71, whose '
        "wedding ring was stolen. Mehta-Jones said some of the stolen items may have been sold "
        "online.",
        (
            ("named_source", "Ravi Mehta-Jones"),
            ("hedge", "suspected"),
            ("anonymous_source", "Residents of Orchard Lane"),
            ("named_source", "Gillian Forsyth"),
            ("named_source", "Mehta-Jones#2"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "last-15",
        "The number of curlews breeding on the Farrowdale moors has fallen by two-thirds in 20 "
        'years, according to a survey published on Tuesday by the Upland Bird Trust. "If nothing '
        "changes, we could lose them from these hills within a generation,\" said the trust's "
        "survey manager, Eilidh Munro. Intensive grazing and the planting of conifers on former "
        "moorland are probably to blame, said Dr. Callum Strachan, an ornithologist at the "
        "University of Invercarrow who was not involved in the survey. Some landowners said they "
        "had already fenced off nesting sites. The Farrowdale Courier first reported the survey's "
        "findings last week.",
        (
            ("hedge", "could"),
            ("named_source", "Eilidh Munro"),
            ("hedge", "probably"),
            ("named_source", "Dr. Callum Strachan"),
            ("expert_source", "an ornithologist at the University of Invercarrow"),
            ("anonymous_source", "Some landowners"),
            ("media_source", "Farrowdale Courier"),
        ),
    ),
    Passage(
        "last-16",
        "The Kelder Bridge, which carries 40,000 vehicles a day across the River Soan, will close "
        "to lorries from Monday after inspectors found corrosion in its steel cables, roads "
        'officials said. Hauliers will face a 35-kilometre detour. "This is going to cost us '
        'thousands every week," said Mehmet Arslan-Doyle, who runs a haulage firm in Carnford. The '
        "bridge may need to be replaced entirely, according to an inspection report obtained by "
        "the Soanside Herald. The newspaper said engineers had recommended the restriction two "
        "years ago. The roads agency's chief engineer, Patrice Lemoine, said the bridge remained "
        "safe for cars.",
        (
            ("anonymous_source", "roads officials"),
            ("named_source", "Mehmet Arslan-Doyle"),
            ("hedge", "may"),
            ("media_source", "Soanside Herald"),
            ("media_source", "The newspaper"),
            ("named_source", "Patrice Lemoine"),
        ),
    ),
    Passage(
        "last-17",
        "Nurses in Estmoor have voted to accept a pay offer of 6.5 percent, ending a dispute that "
        "led to five days of strikes this year, their union announced on Saturday. About 72 "
        'percent of members who voted backed the deal. "It is not everything we asked for, but it '
        "is real money,\" said Bernadette Kilbride, general secretary of the Estmoor Nurses' "
        "Union. Some nurses said on social media that the union had given in too easily. Health "
        'Minister Arturo Vell said the deal was "fair to staff and to taxpayers." The minister '
        "added that the money would come from existing budgets. Junior doctors are expected to "
        "open their own pay talks next month.",
        (
            ("named_source", "Bernadette Kilbride"),
            ("anonymous_source", "Some nurses"),
            ("named_source", "Arturo Vell"),
            ("named_source", "The minister"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "last-18",
        "Average rents in Calderbridge rose 11 percent in the year to June, the fastest increase "
        "of any city in the country, the Calderbridge Evening News reported on Monday, citing "
        "figures from the national lettings register. Tenants' groups said many families were "
        'being forced out of neighbourhoods where they had lived for decades. "Our rent went up by '
        "£300 a month with two weeks' notice,\" said Aisha Rahimi, 29, a nurse who rents a flat in "
        "the Eastgate district. The city's housing director, Conor Blaney, said 2,000 new council "
        "homes would be built by 2030. Rents may keep rising until more homes are built, said Dr. "
        "Laurence Abiodun, a housing economist at Calderbridge University.",
        (
            ("media_source", "Calderbridge Evening News"),
            ("anonymous_source", "Tenants' groups"),
            ("named_source", "Aisha Rahimi"),
            ("named_source", "Conor Blaney"),
            ("hedge", "may"),
            ("named_source", "Dr. Laurence Abiodun"),
            ("expert_source", "a housing economist at Calderbridge University"),
        ),
    ),
    Passage(
        "last-19",
        "The food company Hartwell Farms has recalled 40,000 packs of ready-to-eat chicken "
        "sandwiches after salmonella was found at its plant in Brayford, the national food "
        "standards agency said on Thursday. At least 23 people have fallen ill, and the outbreak "
        "is likely linked to the sandwiches, the agency said. Hartwell's managing director, Simon "
        'Otterburn, apologised to customers and said the plant had been closed for cleaning. "I '
        'ate one on the train and was in hospital two days later," said Ciaran Doherty, 34, of '
        "Brayford. More cases could emerge in the coming days, said Dr. Priya Natarajan, a "
        "microbiologist at the Brayford Public Health Laboratory.",
        (
            ("hedge", "likely"),
            ("named_source", "Simon Otterburn"),
            ("named_source", "Ciaran Doherty"),
            ("hedge", "could"),
            ("named_source", "Dr. Priya Natarajan"),
            ("expert_source", "a microbiologist at the Brayford Public Health Laboratory"),
        ),
    ),
    Passage(
        "last-20",
        "Flights at Marlby Airport were suspended for almost three hours on Sunday evening after "
        "two drones were seen near the runway, the airport said. Some 40 flights were diverted or "
        "cancelled, affecting about 7,000 passengers. A pilot who was waiting to land, speaking on "
        "condition of anonymity, said one drone had passed within 50 metres of another aircraft. "
        "It was unclear who had been flying the drones. The incident could renew calls for "
        "detection systems at smaller airports, said Ingrid Falkberg, an aviation security "
        "consultant who previously advised the national civil aviation authority. The airline "
        "SkyVale said it would offer refunds to affected passengers.",
        (
            ("anonymous_source", "A pilot who was waiting to land"),
            ("hedge", "It was unclear"),
            ("hedge", "could"),
            ("named_source", "Ingrid Falkberg"),
            (
                "expert_source",
                (
                    "an aviation security consultant who previously advised the national civil "
                    "aviation authority"
                ),
            ),
        ),
    ),
    Passage(
        "last-21",
        "The High Court in Rennick ruled on Friday that the government acted unlawfully when it "
        "approved a new coal mine in the Tallow Hills without assessing the climate impact of "
        'burning its coal. Justice Philippa Ormsby said ministers had "closed their eyes to the '
        'most obvious consequence of their decision." The judge said the government was free to '
        "make a fresh decision. Lawyers for the campaign group Green Tallow, which brought the "
        "case, said the ruling could stop the mine for good. The energy department said it would "
        "study the judgment. The developer, Carrick Coal, may appeal, according to a person "
        "familiar with the company's thinking.",
        (
            ("named_source", "Philippa Ormsby"),
            ("named_source", "The judge"),
            ("anonymous_source", "Lawyers for the campaign group Green Tallow"),
            ("hedge", "could"),
            ("hedge", "may"),
            ("anonymous_source", "a person familiar with the company's thinking"),
        ),
    ),
    Passage(
        "last-22",
        "Finance Minister Radomir Vesely, a former editor of the business weekly Ekonom, resigned "
        "on Thursday, hours after the news magazine Tribuna Dnes published text messages that "
        "appeared to show him discussing a tax break with a party donor. In a statement, Vesely "
        'said he had "done nothing illegal" but did not want to distract from the government\'s '
        "work. The messages were sent in 2022, the magazine said. Prime Minister Alena Horakova "
        'said she had accepted the resignation "with regret." Two ministers, speaking on condition '
        "of anonymity, said Horakova had given Vesely an ultimatum on Wednesday night. The donor "
        "declined to comment.",
        (
            ("media_source", "Tribuna Dnes"),
            ("hedge", "appeared to"),
            ("named_source", "Vesely#2"),
            ("media_source", "the magazine"),
            ("named_source", "Alena Horakova"),
            ("anonymous_source", "Two ministers"),
        ),
    ),
    Passage(
        "last-23",
        "Regulators in Albrecia have approved a weekly injection for people with early-stage "
        "Parkinson's disease, the first drug shown to slow the condition rather than only ease its "
        "symptoms. In a trial of 1,200 patients, the drug, made by Venn Therapeutics, slowed the "
        "decline in movement by about 30 percent over 18 months. The trial found no evidence of "
        'serious side effects. "It is a modest effect, but it is a real one," said Dr. Henrik '
        "Solvang, a neurologist at Tromvik University Hospital who was not involved in the trial. "
        "The treatment is expected to cost about 25,000 euros a year. Some patient groups said "
        "insurers might refuse to pay.",
        (
            ("named_source", "Dr. Henrik Solvang"),
            ("expert_source", "a neurologist at Tromvik University Hospital"),
            ("hedge", "is expected to"),
            ("anonymous_source", "Some patient groups"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "last-24",
        "The Harstad Glacier in the Vindar mountains lost almost 4 metres of ice thickness last "
        "year, the most since measurements began in 1951, glaciologists at the Nordvik Polar "
        'Institute said on Tuesday. "Every summer now breaks a record we set the year before," '
        "said Solveig Rasmussen-Lie, a glaciologist at the institute who has measured the glacier "
        "since 1998. At the current pace the glacier could disappear by 2070, she said. A study "
        "published in March in the journal Arctic Ice Science found that the region was warming at "
        "three times the global average. Tourism operators said visitor numbers to the glacier, "
        "which featured on the cover of the travel magazine Northbound last year, had never been "
        "higher.",
        (
            ("anonymous_source", "glaciologists at the Nordvik Polar Institute"),
            ("named_source", "Solveig Rasmussen-Lie"),
            (
                "expert_source",
                "a glaciologist at the institute who has measured the glacier since 1998",
            ),
            ("hedge", "could"),
            ("anonymous_source", "Tourism operators"),
        ),
    ),
    Passage(
        "last-25",
        "The furniture retailer Oakley & Finch filed for insolvency on Monday, putting 2,400 jobs "
        "at risk, after a rescue deal with a private equity firm collapsed. Administrators from "
        "the firm Grantley Shaw said all 86 stores would stay open while they looked for a buyer. "
        '"We have had interest from several parties," said Rowan Abernethy, one of the '
        "administrators. Staff at the company's head office in Wrenford said they had learned of "
        "the filing from the news. The chain's problems were first reported in January by the "
        "trade magazine Furnishing Today. The company had reportedly been losing about £2 million "
        "a week.",
        (
            ("anonymous_source", "Administrators from the firm Grantley Shaw"),
            ("named_source", "Rowan Abernethy"),
            ("anonymous_source", "Staff at the company's head office in Wrenford"),
            ("media_source", "Furnishing Today"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "last-26",
        "Shares in the Halvorsen Group, one of Norland's biggest conglomerates, fell 22 percent on "
        "Wednesday after the short seller Bluepoint Research accused the company of inflating its "
        'profits. The company called the allegations "false and malicious" and said it would take '
        "legal action. Some analysts said Halvorsen's accounts had long been hard to follow. "
        '"There are questions here that the board needs to answer quickly," said Nadia Kowalczyk, '
        "an equity analyst at Fjord Capital. The financial regulator is likely to examine the "
        "claims, the business daily Norland Finans reported, citing two people close to the "
        "regulator. A spokesman for the regulator declined to comment.",
        (
            ("anonymous_source", "Some analysts"),
            ("named_source", "Nadia Kowalczyk"),
            ("expert_source", "an equity analyst at Fjord Capital"),
            ("hedge", "likely"),
            ("media_source", "Norland Finans"),
            ("anonymous_source", "two people close to the regulator"),
        ),
    ),
    Passage(
        "last-27",
        "The sprinter Kemar Ashby-Lowe has been suspended after testing positive for a banned "
        "steroid, the Athletics Integrity Board said on Friday. Ashby-Lowe, the national 100 "
        "metres champion, could face a four-year ban if the result is confirmed. His lawyer, "
        'Dennis Marchant, said the athlete had "never knowingly taken a banned substance" and '
        "would ask for his second sample to be tested. His coach, Winston Greer, told the "
        'athletics website TrackPulse that the result was "a mystery to all of us." Contaminated '
        "supplements have caused similar cases, and that is possibly what happened here, said Dr. "
        "Oona Fairweather, a sports medicine specialist at the Kilbride Institute.",
        (
            ("hedge", "could"),
            ("named_source", "Dennis Marchant"),
            ("named_source", "Winston Greer"),
            ("media_source", "TrackPulse"),
            ("hedge", "possibly"),
            ("named_source", "Dr. Oona Fairweather"),
            ("expert_source", "a sports medicine specialist at the Kilbride Institute"),
        ),
    ),
    Passage(
        "last-28",
        "Plans to build 120 flats on part of Elmstead Park were rejected on Wednesday night by the "
        "Halsey borough planning committee after more than 3,000 people signed a petition against "
        'them. "Green space, once it\'s gone, never comes back," said committee chair Gwendolyn '
        "Ashcroft. Ms. Ashcroft said the committee had received more objections than for any "
        "scheme in a decade. The developer, Redbrook Living, said it would consider its options. "
        "The developer could still appeal to the national planning inspectorate, said Martin Osei, "
        "a planning lawyer who has represented councils in similar disputes. The borough's mayor, "
        "Trevor Lisle, did not attend the meeting.",
        (
            ("named_source", "Gwendolyn Ashcroft"),
            ("named_source", "Ms. Ashcroft"),
            ("hedge", "could"),
            ("named_source", "Martin Osei"),
            ("expert_source", "a planning lawyer who has represented councils in similar disputes"),
        ),
    ),
    Passage(
        "last-29",
        "At least four soldiers were killed in an exchange of fire on the disputed border between "
        "Tavria and Oszkar on Monday, the Tavrian defence ministry said. Oszkar's army said "
        "Tavrian troops had fired first. Residents of the border village of Kresna told the "
        "regional broadcaster Radio Dunav that they had heard shelling for more than two hours. A "
        "European official briefed on the incident, speaking on condition of anonymity, said both "
        "sides appeared to want to avoid a wider conflict. Talks between the two governments "
        "planned for next week may now be postponed, officials in both capitals said.",
        (
            ("anonymous_source", "Residents of the border village of Kresna"),
            ("media_source", "Radio Dunav"),
            ("anonymous_source", "A European official briefed on the incident"),
            ("hedge", "appeared to"),
            ("hedge", "may"),
            ("anonymous_source", "officials in both capitals"),
        ),
    ),
    Passage(
        "last-30",
        "A software fault at the cloud provider Nimbusray knocked thousands of websites and apps "
        "offline for almost six hours on Tuesday, including online banking at three of the "
        "country's largest banks. The company said the outage had been caused by a faulty update "
        'to its network settings and was not the result of a cyberattack. "We got it wrong, and we '
        "are sorry,\" Nimbusray's chief technology officer, Priyanka Sethuraman, wrote on social "
        "media. One bank executive, who was not authorised to speak publicly, said the bank might "
        "seek compensation. Outages like this are likely to become more common as businesses rely "
        "on a handful of providers, said Tomasz Wierzbicki, who researches network reliability at "
        "the Technical University of Krawen.",
        (
            ("named_source", "Priyanka Sethuraman"),
            ("anonymous_source", "One bank executive"),
            ("hedge", "might"),
            ("hedge", "likely"),
            ("named_source", "Tomasz Wierzbicki"),
            (
                "expert_source",
                "who researches network reliability at the Technical University of Krawen",
            ),
        ),
    ),
    Passage(
        "last-31",
        "Storm Orla brought winds of up to 140 kilometres an hour to the west coast of Carradale "
        "overnight, bringing down trees and power lines and leaving about 90,000 homes without "
        "electricity. A man in his sixties was killed when a tree fell on his car near Ballymorne. "
        '"I\'ve lived here all my life and never heard wind like it," said Brendan Coyle, 67, a '
        "fisherman in the harbour town of Kilcarra. The national weather service said the storm "
        "was expected to weaken as it moved inland. Power may not be fully restored until the "
        "weekend, the electricity network operator said. Schools in three counties will stay "
        "closed on Thursday.",
        (
            ("named_source", "Brendan Coyle"),
            ("hedge", "was expected to"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "last-32",
        "The Corvin Playhouse, one of the oldest theatres in Ashbury, will close at the end of the "
        "season after losing its arts council grant, its artistic director, Rosalind Achterberg, "
        'said on Monday. "We have put on 600 productions in 90 years, and we have run out of '
        'road," Achterberg said in an interview with the Ashbury Chronicle. Several actors who '
        "began their careers at the Playhouse said the closure was a loss for the whole region. "
        "The arts council said its funding decisions were made by independent panels. A buyer for "
        "the building could emerge, possibly a property developer, according to a person close to "
        "the theatre's trustees.",
        (
            ("named_source", "Rosalind Achterberg"),
            ("named_source", "Achterberg#2"),
            ("media_source", "Ashbury Chronicle"),
            ("anonymous_source", "Several actors who began their careers at the Playhouse"),
            ("hedge", "could"),
            ("hedge", "possibly"),
            ("anonymous_source", "a person close to the theatre's trustees"),
        ),
    ),
    Passage(
        "last-33",
        "The University of Greyfriars will close its departments of music and modern languages as "
        "part of plans to save £18 million a year, according to an internal document seen by the "
        "student newspaper the Greyfriars Gazette. About 70 staff could lose their jobs. The "
        "university's provost, Alasdair Ferne, said in an email to staff that \"no final decisions "
        'have been taken." Some students said they had chosen Greyfriars because of its music '
        "department. Cuts of this kind are likely to spread as universities struggle with falling "
        "international enrolment, said Helen Ngata-Brooks, an expert on higher education funding "
        "at the Westmarch Policy Institute.",
        (
            ("media_source", "Greyfriars Gazette"),
            ("hedge", "could"),
            ("named_source", "Alasdair Ferne"),
            ("anonymous_source", "Some students"),
            ("hedge", "likely"),
            ("named_source", "Helen Ngata-Brooks"),
            (
                "expert_source",
                "an expert on higher education funding at the Westmarch Policy Institute",
            ),
        ),
    ),
    Passage(
        "last-34",
        "Customs officers at the port of Hallamby seized 1.2 tonnes of cocaine hidden in a "
        "shipment of bananas, the largest haul in the port's history, the national customs service "
        "said on Thursday. The drugs have a street value of about £95 million. Three men were "
        "arrested, and a fourth suspect is believed to have fled the country, according to an "
        "officer involved in the investigation who spoke on condition of anonymity. The cocaine "
        'was allegedly destined for gangs in Tollbury and the north-east. "This is a serious blow '
        "to organised crime,\" said Sandra Fairbairn, the service's director of operations. The "
        "shipping company could not be reached for comment.",
        (
            ("hedge", "is believed to"),
            ("anonymous_source", "an officer involved in the investigation"),
            ("hedge", "allegedly"),
            ("named_source", "Sandra Fairbairn"),
        ),
    ),
    Passage(
        "last-35",
        "Sixty-two pilot whales were found stranded on a beach near Port Aldous on Saturday, and "
        'rescuers managed to refloat 40 of them, the marine wildlife charity Ocean Watch said. "We '
        "had volunteers in the water for ten hours, holding the whales upright until the tide came "
        'in," said Mereana Tapsell, who coordinated the rescue for the charity. It is not clear '
        "what caused the stranding. Pods can follow a sick leader into shallow water, said Dr. "
        "Ruben Castellanos, a marine biologist at the University of Southport Bay who studies "
        "whale behaviour. Local fishermen said naval sonar exercises had taken place off the coast "
        "last week, but the navy said its ships had been far away.",
        (
            ("named_source", "Mereana Tapsell"),
            ("hedge", "It is not clear"),
            ("named_source", "Dr. Ruben Castellanos"),
            (
                "expert_source",
                "a marine biologist at the University of Southport Bay who studies whale behaviour",
            ),
            ("anonymous_source", "Local fishermen"),
        ),
    ),
    Passage(
        "last-36",
        "The bus operator Greenline Coaches will withdraw 14 rural routes in the Dalesmoor "
        "district from September, leaving some villages with no public transport at all, the "
        "company said on Tuesday. Greenline's regional manager, Fraser Muldoon, said the routes "
        'had been losing money for years and the council had cut its subsidy. "My mum is 84 and '
        "doesn't drive. How is she supposed to get to the doctor?\" said Kerry Ainsworth, 52, of "
        "the village of Low Crayle. A council spokesman said the authority was talking to other "
        "operators about taking over some of the routes. Councillor Derek Hamblin, the council's "
        "transport lead, is expected to face questions about the cuts at Thursday's meeting.",
        (
            ("named_source", "Fraser Muldoon"),
            ("named_source", "Kerry Ainsworth"),
            ("anonymous_source", "A council spokesman"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "last-37",
        "Dockworkers at the port of Velsen-Haar walked out on Monday in a dispute over automation, "
        "leaving dozens of container ships waiting offshore. The strike was called by the Port and "
        'Transport Union, whose leader, Jurgen Brandsma, said robots were "being used to get rid '
        'of people, not to help them." The port authority said it had offered to guarantee jobs '
        "until 2030. Shipping lines said they might divert vessels to other ports if the strike "
        "lasted more than a week. According to the logistics newspaper Cargo Daily, about 60 ships "
        "were anchored off the coast by Monday evening. Another walkout is planned for next month.",
        (
            ("named_source", "Jurgen Brandsma"),
            ("anonymous_source", "Shipping lines"),
            ("hedge", "might"),
            ("media_source", "Cargo Daily"),
        ),
    ),
    Passage(
        "last-38",
        "Residents of the 18-storey Carrick House tower block in Lenford have been told to leave "
        "their homes within two weeks after engineers found that its concrete floors were at risk "
        'of collapse. "We\'ve been here 22 years. Where are we supposed to go?" said Pauline '
        "Okoro-Stead, 61. One resident, who asked not to be named, said tenants had reported "
        "cracks for years. Another said the council had offered hotel rooms miles away. The "
        "council's housing chief, Andrew Scullion, said every household would be offered a new "
        "home. The block was built with a lightweight concrete that may be present in dozens of "
        "other buildings, said Dr. Ffion Rowlands, a structural engineer at the Cardwell School of "
        "Engineering.",
        (
            ("named_source", "Pauline Okoro-Stead"),
            ("anonymous_source", "One resident"),
            ("anonymous_source", "Another"),
            ("named_source", "Andrew Scullion"),
            ("hedge", "may"),
            ("named_source", "Dr. Ffion Rowlands"),
            ("expert_source", "a structural engineer at the Cardwell School of Engineering"),
        ),
    ),
    Passage(
        "last-39",
        "The price of olive oil in Serrania's shops has nearly doubled in a year after a second "
        "straight drought cut the olive harvest by almost half, the agriculture ministry said on "
        'Wednesday. "People are buying the small bottles now, or they are buying sunflower oil," '
        "said Consuelo Ibarra, who runs a grocery in the town of Valdeluz. Prices might ease next "
        "spring if the rains return, said Joaquín Arriaga, an agricultural economist at the "
        "University of Castrillo. Some growers said they had abandoned olive groves that had been "
        "in their families for generations. Supermarkets in the capital have begun locking bottles "
        "in security cases after a wave of thefts, the daily El Heraldo de Valdeluz reported.",
        (
            ("named_source", "Consuelo Ibarra"),
            ("hedge", "might"),
            ("named_source", "Joaquín Arriaga"),
            ("expert_source", "an agricultural economist at the University of Castrillo"),
            ("anonymous_source", "Some growers"),
            ("media_source", "El Heraldo de Valdeluz"),
        ),
    ),
    Passage(
        "last-40",
        "Cabin crew at the airline Aeroblu will strike for three days over Easter, their union "
        "said on Friday, threatening the travel plans of about 150,000 passengers. The union's "
        "spokeswoman, Chiara Lombardi-Russo, said crew had gone without a real pay rise for six "
        "years. Aeroblu said it would try to keep disruption to a minimum. The airline could hire "
        "planes and crews from other carriers to cover some routes, according to a person with "
        'knowledge of its contingency plans. "Strikes at Easter are a nightmare for an airline, '
        'because every seat is already sold," said Fabrizio Denti, an aviation analyst at Meridia '
        "Securities. Aeroblu's shares fell 3 percent in Tarvena.",
        (
            ("named_source", "Chiara Lombardi-Russo"),
            ("hedge", "could"),
            ("anonymous_source", "a person with knowledge of its contingency plans"),
            ("named_source", "Fabrizio Denti"),
            ("expert_source", "an aviation analyst at Meridia Securities"),
        ),
    ),
)
