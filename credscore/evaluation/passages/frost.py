"""Frost set: 40 annotated news passages, a thirteenth set for one-shot blind measurement (invented
people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes and
``gold_spans``), after the harvest set, without running the extractor, the scorer, the CLI, the
tests or the evaluation on the passages, without reading the extractor's code, features, models or
lexicons, and without reading the other sets' passages (only the docstring and opening two entries
of the harvest set, for the format); surnames and place names were checked against the other sets
and the behaviour cases and replaced where they already occurred. The only code run on it, besides
ruff, resolves each gold item to offsets with ``gold_spans``. Like the sets before it, it is
weighted toward ordinary copy rather than hard cases: routine wire and newspaper stories of four to
eight sentences across many beats (a fraud sentencing, a city council vote on parking fees, a snow
warning, a snack maker's profit warning, emergency waiting times, football, a rediscovered mussel,
a foreign presidential run-off, a rail viaduct closure, a nuclear reactor shutdown, a school
inspection, catalytic converter thefts, a reattributed painting, a jazz pianist's obituary, a
waterlogged potato harvest, a mobile carrier's data breach, sterling, a trucking verdict, an
airline refund bill, nesting eagles, rents, a bus strike, a smoke-filled jet, a storm-bound fishing
fleet, a bishop's appointment, tennis, border talks, a Legionnaires' cluster, trapped miners, a
hummus recall, university cuts, a hosepipe ban, shark sightings and tourism, a theatre restoration,
a filmed arrest, a chemicals merger, a wildfire, a Roman bathhouse, a lunar lander and a village
road closure), in British and American spelling, with straight and curly quotes. Spread through
them are named sources in the ordinary shapes (name then role, role then name, role and name in
apposition, including possessive roles such as "The family's attorney, Gloria Estevane,"
"Dravonia's foreign minister, Anatol Brezhinsky-Vaar," "Its chief executive, Nadia Eskdale," and
"Her daughter, Naomi Feltwell,"; titles such as "Judge", "Det Insp", "Cllr", "Councilmember",
"Lt.", "Dr" and "Dr.", "Prof.", "Professor", "Sen.", "Rep.", "Mrs", "Ms", "Mr", "Canon", "Rt Rev
Dr" and "Battalion Chief"; ages; party tags "(D-Ore.)" and "R-Texas"; inverted "said X", including
"said one, Gareth Prowting, a pharmacist" and "said butcher Owen Tredinnick"; a chief executive who
"told analysts" and a player who "told reporters"), later references by surname ("Ybarrolaza said",
"Van Oosterwijk said", "Castaneda-Hurd said", "Tillinghast said", "Kovácsy said", "Ms Eskdale
said", "Mr Tredinnick said") and by role ("the detective inspector", "The harbourmaster", "The
battalion chief"); expert credentials after the name ("a meteorologist at the University of ...",
"an agronomist with ...", "a food scientist at ...", "a specialist in Roman Britain at ..."),
before it ("Art historian", "Cybersecurity researcher", "Marine biologist"), with a relative clause
("who studies electricity markets at ...", "who teaches tort law at ...", "an urban economist at
... who studies rent regulation", "a lawyer at ... who advises companies on mergers"), including an
analyst and a bank's chief currency strategist; other outlets cited as subject of "reported" (with
"citing"), after "according to", with "told", "in an interview with", "first reported by", "writing
in", "seen by" and "obtained by", as "State television", "state radio" and "Local media", and as a
later reference ("The newspaper"); unnamed and vague sources (officials, anonymity clauses, "people
familiar with the matter", "two people briefed on the talks", "A person familiar with the
investigation", "An aide to a senior Republican senator", groups such as "Forecasters",
"biologists", "conservationists", "Tenant advocates", "Landlords", "Critics", "Campaigners",
"Skippers", "Court watchers", "grid analysts" and "Analysts", people at a place such as "Commuters
at Clevedrey station", "Parents at the school gates", "Shoppers in Cardenby's Market Square" and
"Evacuees at a shelter", "one mother", "one currency dealer", an elliptical "Another", and unnamed
spokespeople); hedges (modals of possibility, "possible", "possibly", "perhaps", "probably", "most
likely", "likely", "unlikely", "potentially", "reportedly", "allegedly", "suggest", "I suspect",
"appeared to", "appears to", "is expected to", "is understood to", "are believed to", "thought to",
"suspected", "unclear", "not clear", "not immediately known"); and distractors that are not
annotated (outlets named but not cited: a magazine that named a record of the year and a sports
channel that showed a match; a journal a study was published in; a housing institute's report and
published waiting-time figures; government bodies, a weather service, a police watchdog, a
regulator, a union, a diocese and companies speaking for themselves; titles of office such as
"headteacher", "medical director", "site director", "artistic director" and "President"; a
pharmacist and a cleaner quoted as commuters and shoppers; people mentioned who do not speak,
including a defendant, an injured striker, two presidential candidates, a mayor with a proposal, a
central bank governor due to speak and two tennis players in the next round; "told analysts" and
"told reporters"; vague quantities such as "Thousands of her supporters", "tens of thousands of
pounds" and "as many as 90 faculty positions"; a company "citing weaker demand", "found no
evidence", "declined to comment", the month "May", "can" and "could" of ability, "would" in
reported speech and of a proposed law, "should" of obligation, "due to speak", and pronoun
sources).

First measurement (2026-12-03, the extractors at commit 118b87e, before this set was read):
macro-F1 0.93 (named 0.93, expert 0.91, unnamed 0.92, media 0.88, hedges 0.98). Its errors
were then read and their classes fixed.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "frost-01",
        "A former care-home manager who stole more than £90,000 from elderly residents has "
        "been jailed for four years. Janine Cotterwell, 52, of Ashby Thrale, admitted 14 "
        "counts of fraud at Kestrow Crown Court in March. Sentencing her on Friday, Judge "
        "Alasdair Rintoulson said she had “betrayed people who could not protect "
        "themselves”. Det Insp Rhona Strachlaw, who led the inquiry, said some families "
        "might never recover the money. “This was cold and calculated,” the detective "
        "inspector said outside court. Cotterwell, who wept in the dock, did not speak "
        "during the hearing.",
        (
            ("named_source", "Judge Alasdair Rintoulson"),
            ("named_source", "Det Insp Rhona Strachlaw"),
            ("hedge", "might"),
            ("named_source", "the detective inspector"),
        ),
    ),
    Passage(
        "frost-02",
        "The Dellwood City Council voted 6-3 on Monday night to raise downtown parking fees "
        "for the first time in a decade. Council President Marisol Ybarrolaza said the "
        'increase would pay for repairs to two aging garages. "Nobody likes paying more, but '
        'those structures are crumbling," Ybarrolaza said. Councilmember Desmond '
        "Ottaway-Brill, who voted against the measure, said higher fees could drive shoppers "
        "to suburban malls. Several downtown business owners who attended the meeting said "
        "they had not been consulted. The new rates are expected to take effect in July.",
        (
            ("named_source", "Marisol Ybarrolaza"),
            ("named_source", "Ybarrolaza#2"),
            ("named_source", "Councilmember Desmond Ottaway-Brill"),
            ("hedge", "could"),
            ("anonymous_source", "Several downtown business owners"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "frost-03",
        "Forecasters warned of heavy snow across the northern uplands on Wednesday, with up "
        "to 20cm possible on higher ground by Thursday morning. The national weather service "
        "said overnight temperatures could fall to minus 12C in sheltered glens. Gwendolyn "
        "Craigmyle, a meteorologist at the University of Strathcarron, said the cold snap "
        "was likely to last into next week. “We are probably looking at the coldest spell of "
        "the winter so far,” she said. Gritters were out overnight, and the Glenquair "
        "railway may be closed for a second day. Schools in the area are expected to "
        "announce closures on Wednesday evening.",
        (
            ("anonymous_source", "Forecasters"),
            ("hedge", "possible"),
            ("hedge", "could"),
            ("named_source", "Gwendolyn Craigmyle"),
            ("expert_source", "a meteorologist at the University of Strathcarron"),
            ("hedge", "likely"),
            ("hedge", "probably"),
            ("hedge", "may"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "frost-04",
        "Shares of Fenwold Foods fell nearly 9% on Wednesday after the snack maker cut its "
        "full-year sales outlook, citing weaker demand from budget-conscious shoppers. Chief "
        "executive Tamsin Uttridge told analysts on a conference call that the company had "
        'been "too slow" to respond to cheaper store brands. "We are fixing that," she said. '
        "Rajiv Dattani, a consumer-goods analyst at Crandlemere Brothers, said the cut "
        "appeared to reflect deeper problems than pricing. The company is reportedly "
        "exploring a sale of its frozen-desserts unit, according to the Lanthorn Business "
        "Journal, which cited two people briefed on the talks. Fenwold declined to comment "
        "on the report.",
        (
            ("named_source", "Tamsin Uttridge"),
            ("named_source", "Rajiv Dattani"),
            ("expert_source", "a consumer-goods analyst at Crandlemere Brothers"),
            ("hedge", "appeared to"),
            ("hedge", "reportedly"),
            ("media_source", "Lanthorn Business Journal"),
            ("anonymous_source", "two people briefed on the talks"),
        ),
    ),
    Passage(
        "frost-05",
        "Waiting times at accident and emergency departments in the Brisklow region have "
        "reached their worst level on record, according to figures published on Thursday. "
        "Almost one in three patients waited more than four hours to be seen in January. Dr "
        "Oluwaseun Ajibade-Treharne, a consultant in emergency medicine at St Aldhelm’s "
        "Hospital, said corridors had become “makeshift wards”. The health board said it was "
        "opening 40 extra beds. A senior manager at one hospital, who asked not to be named "
        "because they were not authorised to speak to the press, said staff were “at "
        "breaking point”. Ministers are understood to be considering an emergency funding "
        "package.",
        (
            ("named_source", "Dr Oluwaseun Ajibade-Treharne"),
            ("expert_source", "a consultant in emergency medicine at St Aldhelm’s Hospital"),
            ("anonymous_source", "A senior manager at one hospital"),
            ("hedge", "are understood to"),
        ),
    ),
    Passage(
        "frost-06",
        "Halverstock Rovers manager Piet Van Oosterwijk admitted his side had been “second "
        "best” after a 3-0 home defeat by Carnmore Athletic on Saturday. The result leaves "
        "Rovers four points adrift of the play-off places with nine games remaining. “We "
        "didn’t win a tackle in the first half,” Van Oosterwijk said. Striker Callum "
        "Dunstaple, who limped off after 20 minutes, is expected to miss at least a month "
        "with a hamstring injury. Carnmore’s captain, Ashani Throssell, said the win was "
        "“the best we have played all season”. Some home supporters booed the team off at "
        "the final whistle.",
        (
            ("named_source", "Piet Van Oosterwijk"),
            ("named_source", "Van Oosterwijk#2"),
            ("hedge", "is expected to"),
            ("named_source", "Ashani Throssell"),
        ),
    ),
    Passage(
        "frost-07",
        "A freshwater mussel thought to have vanished from the Tollamee River in the 1970s "
        "has been found alive in a shallow tributary, biologists said Tuesday. A survey team "
        'recovered 11 living specimens last fall. "Frankly, I suspect there are more out '
        'there," said Dr. Leonora Haskamp, a malacologist at Orlemont State University who '
        "led the survey. The mussels may have survived in cool, spring-fed pools that "
        "escaped the worst of the pollution, she said. The findings were published this "
        "month in the journal Riverine Biology. State wildlife officials said they would "
        "consider new protections for the stream.",
        (
            ("hedge", "thought to"),
            ("anonymous_source", "biologists"),
            ("hedge", "I suspect"),
            ("named_source", "Dr. Leonora Haskamp"),
            ("expert_source", "a malacologist at Orlemont State University"),
            ("hedge", "may"),
            ("anonymous_source", "State wildlife officials"),
        ),
    ),
    Passage(
        "frost-08",
        "Voters in Estravia go to the polls on Sunday in a presidential run-off that opinion "
        "surveys suggest is too close to call. The incumbent, Radomir Velichkov, has "
        "campaigned on a promise to cut fuel taxes, while his challenger, former central "
        "bank governor Ilse Dornacher, has focused on corruption. Thousands of her "
        "supporters rallied in the capital on Friday night. State television reported that "
        "ballot papers had been delivered to all 4,200 polling stations. Opposition monitors "
        "said they had received complaints of voter intimidation in two eastern provinces, "
        "but officials at the electoral commission dismissed the claims. Turnout is likely "
        "to be lower than in the first round, according to the independent daily Vrana.",
        (
            ("hedge", "suggest"),
            ("media_source", "State television"),
            ("anonymous_source", "Opposition monitors"),
            ("anonymous_source", "officials at the electoral commission"),
            ("hedge", "likely"),
            ("media_source", "Vrana"),
        ),
    ),
    Passage(
        "frost-09",
        "Passengers on the Clevedrey to Hollinbrook Quay line face another week of "
        "disruption after engineers found cracks in a Victorian viaduct. Network operator "
        "Railcore said replacement buses would run between the two towns until at least 14 "
        "April. Its route director, Priya Ramanathan, said safety “has to come first” and "
        "apologised to passengers. Commuters at Clevedrey station on Monday morning "
        "described long queues for the buses. “It took me two hours to get to work,” said "
        "one, Gareth Prowting, a pharmacist. Another said she was thinking of giving up her "
        "season ticket. Full repairs to the viaduct could take months, according to the "
        "Clevedrey Gazette.",
        (
            ("named_source", "Priya Ramanathan"),
            ("anonymous_source", "Commuters at Clevedrey station"),
            ("named_source", "Gareth Prowting"),
            ("anonymous_source", "Another"),
            ("hedge", "could"),
            ("media_source", "Clevedrey Gazette"),
        ),
    ),
    Passage(
        "frost-10",
        "The operator of the Sagebourne nuclear plant said Thursday it would shut one of its "
        "two reactors for at least three weeks to replace a faulty cooling pump. The "
        "shutdown could push wholesale power prices higher during a heat wave forecast for "
        'next week, grid analysts warned. "It\'s bad timing, no question," said Howard '
        "Tresize, who studies electricity markets at the Merriwick Institute. The state "
        "Public Utilities Board said it was monitoring supplies. A plant worker, speaking on "
        "condition of anonymity because he was not authorized to talk to reporters, said the "
        "pump had shown signs of wear for months. The company said there was no risk to the "
        "public.",
        (
            ("hedge", "could"),
            ("anonymous_source", "grid analysts"),
            ("named_source", "Howard Tresize"),
            ("expert_source", "who studies electricity markets at the Merriwick Institute"),
            ("anonymous_source", "A plant worker"),
        ),
    ),
    Passage(
        "frost-11",
        "A secondary school in Hobsleigh that was rated inadequate two years ago has been "
        "judged good in every category by the schools inspectorate. The headteacher, Mrs "
        "Harriet Lowdham, said the turnaround was “down to the staff and the children, not "
        "me”. The inspection report praised improved behaviour and a reading programme for "
        "pupils who had fallen behind. Parents at the school gates on Tuesday said they were "
        "delighted. “My son actually wants to go in now,” said one mother. Governors are "
        "expected to decide next month whether the school should join a multi-academy trust. "
        "Cllr Tobias Wyndlow, the county’s cabinet member for education, said the report "
        "showed “what can be done”.",
        (
            ("named_source", "Mrs Harriet Lowdham"),
            ("anonymous_source", "Parents at the school gates"),
            ("anonymous_source", "one mother"),
            ("hedge", "are expected to"),
            ("named_source", "Cllr Tobias Wyndlow"),
        ),
    ),
    Passage(
        "frost-12",
        "Police in Marbury Falls arrested three men early Sunday in connection with a string "
        "of catalytic converter thefts that have plagued the city's east side since January. "
        "Lt. Dominic Castaneda-Hurd said officers found cutting tools and six converters in "
        "the back of the suspects' van. The men, ages 19 to 24, are believed to be part of a "
        "larger ring operating across the county, Castaneda-Hurd said. They allegedly sold "
        "the parts to scrap dealers in a neighboring state, according to a police report "
        "obtained by the Marbury Falls Sentinel. Residents of the Sorrelwood neighborhood "
        'said they had been losing sleep over the thefts. "You hear the saw at 3 a.m. and '
        "you know someone's car is gone,\" said Beverly Tranter, 67. Charges could be filed "
        "as early as Monday, the district attorney's office said.",
        (
            ("named_source", "Lt. Dominic Castaneda-Hurd"),
            ("hedge", "are believed to"),
            ("named_source", "Castaneda-Hurd#2"),
            ("hedge", "allegedly"),
            ("media_source", "Marbury Falls Sentinel"),
            ("anonymous_source", "Residents of the Sorrelwood neighborhood"),
            ("named_source", "Beverly Tranter"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "frost-13",
        "A painting long dismissed as a later copy has been identified as the work of the "
        "Flemish master to whom it was once attributed, the Pennimore Gallery in Altherton "
        "announced on Wednesday. Infrared scans revealed an underdrawing and changes of "
        "composition that a copyist would be unlikely to make, said Dr Miriam Douchette, a "
        "conservator at the gallery. Art historian Felix Grandpierre, who was not involved "
        "in the research, said the evidence was “persuasive but not conclusive”. The "
        "painting could be worth several million pounds, according to The Artfield Review. "
        "It is expected to go on public display in the autumn.",
        (
            ("hedge", "unlikely"),
            ("named_source", "Dr Miriam Douchette"),
            ("expert_source", "a conservator at the gallery"),
            ("expert_source", "Art historian"),
            ("named_source", "Felix Grandpierre"),
            ("hedge", "could"),
            ("media_source", "The Artfield Review"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "frost-14",
        "Eleanor Pryswick, a jazz pianist whose late-night sets at a Tullock Street club "
        "drew musicians from across the city for four decades, died Saturday at her home in "
        "Vessington. She was 88. Her daughter, Naomi Feltwell, said the cause was heart "
        "failure. Pryswick recorded only three albums, one of which was named record of the "
        'year by Keynote Monthly in 1979. "She could play anything, in any key, after '
        'hearing it once," said Lamont Exley, who performed with her through the 1970s. The '
        "club, which closed in 2015, may reopen under new owners next year, according to the "
        "Vessington Evening Star. She is survived by her daughter and two grandsons.",
        (
            ("named_source", "Naomi Feltwell"),
            ("named_source", "Lamont Exley"),
            ("hedge", "may"),
            ("media_source", "Vessington Evening Star"),
        ),
    ),
    Passage(
        "frost-15",
        "Potato growers in the Sallowfen district say this year’s crop could be the smallest "
        "in a generation after months of heavy rain left fields waterlogged. Many farmers "
        "were unable to plant until June, weeks later than usual. “I’ve farmed here for 40 "
        "years and I’ve never seen anything like it,” said Tom Bulmershe, who grows 300 "
        "acres near Ebbingthorpe. Dr Sunita Pashley, an agronomist with the Eastland Crop "
        "Research Centre, said yields were likely to be down by a quarter. The shortfall may "
        "push up prices in the shops, although the Grocers’ Federation said its members had "
        "secured supplies from abroad. The farmers’ union has called for emergency support.",
        (
            ("anonymous_source", "Potato growers in the Sallowfen district"),
            ("hedge", "could"),
            ("named_source", "Tom Bulmershe"),
            ("named_source", "Dr Sunita Pashley"),
            ("expert_source", "an agronomist with the Eastland Crop Research Centre"),
            ("hedge", "likely"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "frost-16",
        "Hackers may have accessed the personal data of up to 2 million customers of "
        "Kestrelink Mobile, the wireless carrier disclosed in a regulatory filing on Monday. "
        "The company said it discovered unauthorized activity on a billing server on Feb. 27 "
        "and had notified law enforcement. It said it had found no evidence that passwords "
        "were taken, but it is unclear whether payment card numbers were exposed. "
        "Cybersecurity researcher Anneliese Durrant, who tracks ransomware gangs, said a "
        "group calling itself Grey Furnace had claimed responsibility on a dark-web forum. "
        "The breach was first reported by the technology news site Byteward. A Kestrelink "
        "spokesman said affected customers would receive letters within 30 days.",
        (
            ("hedge", "may"),
            ("hedge", "unclear"),
            ("expert_source", "Cybersecurity researcher"),
            ("named_source", "Anneliese Durrant"),
            ("media_source", "Byteward"),
            ("anonymous_source", "A Kestrelink spokesman"),
        ),
    ),
    Passage(
        "frost-17",
        "The pound slipped to a three-month low against the dollar on Tuesday after "
        "weaker-than-expected wage figures strengthened the case for an interest rate cut. "
        "Sterling fell 0.6 per cent to $1.2140 in late trading. “The data has turned "
        "decisively, and the central bank will find it hard to wait,” said Clemency "
        "Farlingate, chief currency strategist at Tregarth & Co. She said the pound could "
        "fall below $1.20 before the summer. Some traders said the sell-off had been "
        "overdone. “Perhaps the market has got ahead of itself,” said one currency dealer, "
        "who asked not to be identified. The central bank’s governor, Sir Edmund Rackwell, "
        "is due to speak on Thursday.",
        (
            ("named_source", "Clemency Farlingate"),
            ("expert_source", "chief currency strategist at Tregarth & Co"),
            ("hedge", "could"),
            ("anonymous_source", "Some traders"),
            ("hedge", "Perhaps"),
            ("anonymous_source", "one currency dealer"),
        ),
    ),
    Passage(
        "frost-18",
        "A jury in Lemley County on Thursday ordered a trucking company to pay $14.2 million "
        "to the family of a cyclist killed in a 2021 crash on State Route 9. Jurors found "
        "that Stoneacre Freight had failed to enforce rest rules for its drivers. The "
        "family's attorney, Gloria Estevane, said the verdict \"sends a message to every "
        'carrier in this state." Stoneacre Freight said in a statement that it would appeal. '
        "Court watchers said the award was among the largest of its kind in the state. "
        "\"Juries are increasingly unwilling to accept 'driver error' as the whole story,\" "
        "said Prof. Kenji Ashwood, who teaches tort law at the Brennick Valley School of "
        "Law. The appeal could take more than a year, he said.",
        (
            ("named_source", "Gloria Estevane"),
            ("anonymous_source", "Court watchers"),
            ("named_source", "Prof. Kenji Ashwood"),
            ("expert_source", "who teaches tort law at the Brennick Valley School of Law"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "frost-19",
        "Sen. Margaret Tillinghast (D-Ore.) introduced legislation Wednesday that would "
        "require airlines to refund passengers automatically when flights are delayed more "
        "than three hours. \"Travelers shouldn't have to fight for money they're owed,\" "
        "Tillinghast said at a news conference. The bill faces long odds in the Senate, "
        "where a similar measure stalled last year. Rep. Curtis Brandenhoff, R-Texas, said "
        "he was open to the idea but worried it could raise fares. An aide to a senior "
        "Republican senator, who spoke on the condition of anonymity to discuss private "
        "conversations, said party leaders were unlikely to schedule a vote before the "
        "summer. Airlines for Travelers, an industry group, said the proposal was "
        "unnecessary.",
        (
            ("named_source", "Sen. Margaret Tillinghast"),
            ("named_source", "Tillinghast#2"),
            ("named_source", "Rep. Curtis Brandenhoff"),
            ("hedge", "could"),
            ("anonymous_source", "An aide to a senior Republican senator"),
            ("hedge", "unlikely"),
        ),
    ),
    Passage(
        "frost-20",
        "A pair of white-tailed eagles has nested on the Sandlow estuary for the first time "
        "in more than 200 years, conservationists said on Monday. The birds, released as "
        "chicks on the Isle of Vorsay five years ago, built a nest in a stand of Scots pine "
        "in March. Ruth Carnsew, site manager for the Estuary Wildlife Trust, said the "
        "nest’s exact location would be kept secret to deter egg thieves. “It’s a moment "
        "we’ve waited a very long time for,” she said. Eggs are thought to have been laid in "
        "early April, and chicks could hatch within weeks, possibly before the end of May. "
        "Some local fishermen have voiced fears that the eagles will take fish from their "
        "nets.",
        (
            ("anonymous_source", "conservationists"),
            ("named_source", "Ruth Carnsew"),
            ("hedge", "are thought to"),
            ("hedge", "could"),
            ("hedge", "possibly"),
            ("anonymous_source", "Some local fishermen"),
        ),
    ),
    Passage(
        "frost-21",
        "Median rents in Hallerton rose 11% last year, the fastest pace among large cities "
        "in the region, according to a report released Monday by the Quinlivan Housing "
        "Institute. Tenant advocates said the increases were pushing families out of "
        "neighborhoods they had lived in for generations. \"We're seeing teachers and nurses "
        "commute two hours because they can't afford to live here,\" said Yesenia Calderone, "
        "director of the Hallerton Tenants Union. Landlords argue that rising property taxes "
        "and insurance premiums leave them little choice. Mayor Frank Delahoussaye has "
        "proposed capping annual increases at 5%, but the measure is likely to face a legal "
        "challenge, according to Marcus Onyekachi, an urban economist at Westerhale "
        "University who studies rent regulation.",
        (
            ("anonymous_source", "Tenant advocates"),
            ("named_source", "Yesenia Calderone"),
            ("anonymous_source", "Landlords"),
            ("hedge", "likely"),
            ("named_source", "Marcus Onyekachi"),
            (
                "expert_source",
                "an urban economist at Westerhale University who studies rent regulation",
            ),
        ),
    ),
    Passage(
        "frost-22",
        "Bus drivers in Cardenby will walk out for 48 hours from Friday after talks over pay "
        "broke down, their union said. The Transport and Allied Workers’ Union said members "
        "had rejected a 4 per cent offer as “an insult”. Regional organiser Declan "
        "Fitzcarroll said drivers had not had a real-terms pay rise in five years. The "
        "operator, Bluestar Coaches, said it was “disappointed” and urged the union to "
        "return to talks. Bluestar is understood to have drawn up plans to hire agency "
        "drivers, according to an internal memo seen by the Cardenby Post. Services across "
        "the city are likely to be severely disrupted. Shoppers in Cardenby’s Market Square "
        "on Wednesday said they were divided. “They deserve more, but I need to get to "
        "work,” said Josie Pembury, a cleaner.",
        (
            ("named_source", "Declan Fitzcarroll"),
            ("hedge", "is understood to"),
            ("media_source", "Cardenby Post"),
            ("hedge", "likely"),
            ("anonymous_source", "Shoppers in Cardenby’s Market Square"),
            ("named_source", "Josie Pembury"),
        ),
    ),
    Passage(
        "frost-23",
        "A regional jet carrying 68 passengers made an emergency landing at Tamsford "
        "Regional Airport on Saturday after smoke filled the cabin, airport officials said. "
        "No one was seriously hurt, though four people were treated for minor injuries after "
        "leaving the aircraft by emergency slides. Passenger Lorraine Adewunmi-Penfold said "
        'she smelled something "like burning plastic" shortly after takeoff. The cause of '
        "the smoke was not immediately known. A person familiar with the investigation said "
        "an early focus was an air-conditioning unit that had been replaced last month. The "
        "federal Transportation Safety Board said it was sending a team, and the airline, "
        "Skyrill, said it was cooperating fully.",
        (
            ("anonymous_source", "airport officials"),
            ("named_source", "Lorraine Adewunmi-Penfold"),
            ("hedge", "not immediately known"),
            ("anonymous_source", "A person familiar with the investigation"),
        ),
    ),
    Passage(
        "frost-24",
        "Fishing boats in Porthgarrow stayed in harbour for a fifth day on Sunday as storms "
        "battered the coast. Skippers said the lost days could cost the small fleet tens of "
        "thousands of pounds. “We’ve got bills to pay and no way of earning,” said Alun "
        "Treverrow, who has fished out of the port for 30 years. The harbourmaster, Jenna "
        "Polglaze, said the outer breakwater had been damaged and might need repairs before "
        "larger vessels were allowed to berth. The harbourmaster added that a full survey "
        "would take place once the swell had dropped. Coastguard teams rescued a walker cut "
        "off by the tide near Gullrock Point on Saturday, Westcoast Radio reported.",
        (
            ("anonymous_source", "Skippers"),
            ("hedge", "could"),
            ("named_source", "Alun Treverrow"),
            ("named_source", "Jenna Polglaze"),
            ("hedge", "might"),
            ("named_source", "The harbourmaster#2"),
            ("media_source", "Westcoast Radio"),
        ),
    ),
    Passage(
        "frost-25",
        "The Diocese of Thorncaster has appointed its first woman bishop. The Rt Rev Dr "
        "Caroline Wetherden, currently archdeacon of Marlingford, said she was “humbled and "
        "excited” by the appointment. Canon Geoffrey Tolladine, dean of Thorncaster "
        "Cathedral, said the choice had been “warmly welcomed” across the diocese. A small "
        "number of traditionalist parishes are expected to seek oversight from a male "
        "bishop. One churchwarden from a rural parish, who did not want to be named, said "
        "some members of his congregation were “unsettled” by the news. Dr Wetherden will be "
        "consecrated in June.",
        (
            ("named_source", "Rt Rev Dr Caroline Wetherden"),
            ("named_source", "Canon Geoffrey Tolladine"),
            ("hedge", "are expected to"),
            ("anonymous_source", "One churchwarden from a rural parish"),
        ),
    ),
    Passage(
        "frost-26",
        "Top seed Katarina Vellander needed three sets and nearly three hours to get past "
        "qualifier Maya Ogbuefi-Bree on Tuesday at the Cresthaven Open, winning 6-7 (4), "
        '6-3, 7-5. "She played unbelievable tennis, and I was lucky to survive," Vellander '
        "told reporters afterward. Vellander, who has been nursing a sore shoulder, said the "
        'injury was "manageable" but that she might skip next week\'s event in Torreno to '
        'rest. Ogbuefi-Bree, 19, ranked 212th in the world, said she would take "a lot of '
        'confidence" from the match, which was shown live on Tempo Sports. Vellander is '
        "expected to face either Petra Hallin or Saoirse Tiernagh in the quarterfinals.",
        (
            ("named_source", "Vellander#2"),
            ("named_source", "Vellander#3"),
            ("hedge", "might"),
            ("named_source", "Ogbuefi-Bree#2"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "frost-27",
        "The foreign ministers of Norvania and Dravonia met in the border town of Ulmsk on "
        "Thursday for their first direct talks since the two countries expelled each other’s "
        "ambassadors in 2022. Neither side released details after the four-hour meeting. "
        "Dravonia’s foreign minister, Anatol Brezhinsky-Vaar, told state radio that the "
        "talks had been “frank and useful”. Diplomats in the Norvanian capital, Selmar, said "
        "a deal to reopen embassies was possible by the end of the year. The Ulmsk Herald, "
        "citing a senior official in Norvania’s foreign ministry, reported that prisoner "
        "exchanges had also been discussed. Analysts cautioned that deep mistrust remained "
        "on both sides.",
        (
            ("named_source", "Anatol Brezhinsky-Vaar"),
            ("media_source", "state radio"),
            ("anonymous_source", "Diplomats in the Norvanian capital"),
            ("hedge", "possible"),
            ("media_source", "Ulmsk Herald"),
            ("anonymous_source", "a senior official in Norvania’s foreign ministry"),
            ("anonymous_source", "Analysts"),
        ),
    ),
    Passage(
        "frost-28",
        "Health officials in Benthall County are investigating a cluster of Legionnaires' "
        "disease cases linked to a hotel in the resort town of Sealark Landing. Seven people "
        "have been hospitalized since late May and one elderly man has died, the county "
        "health department said Friday. Dr. Aurelia Kovácsy, the county's medical director, "
        "said the bacteria had likely spread from a cooling tower on the hotel's roof. Test "
        'results are expected to confirm the source within a week. "If you stayed there and '
        'develop a fever or cough, you should see a doctor," Kovácsy said. A hotel manager, '
        "who would not give his name, said the tower had been shut down and cleaned. More "
        "cases could emerge because symptoms can take up to two weeks to appear, according "
        "to Dr. Winston Okparaeke, an infectious disease specialist at Holy Rood Medical "
        "Center.",
        (
            ("named_source", "Dr. Aurelia Kovácsy"),
            ("hedge", "likely"),
            ("hedge", "are expected to"),
            ("named_source", "Kovácsy#2"),
            ("anonymous_source", "A hotel manager"),
            ("hedge", "could"),
            ("named_source", "Dr. Winston Okparaeke"),
            ("expert_source", "an infectious disease specialist at Holy Rood Medical Center"),
        ),
    ),
    Passage(
        "frost-29",
        "Rescuers in northern Montelara were trying on Monday to reach 14 miners trapped "
        "after a tunnel collapsed at a copper mine near the town of San Erminio. The miners "
        "are believed to be sheltering in a refuge chamber stocked with food and water for "
        "several days, the mine’s owner, Cobre Alto, said. State television said relatives "
        "had gathered at the mine gate overnight. “We have heard nothing since last night,” "
        "said Lucía Benavente, whose brother is among those trapped. Local media reported "
        "that the mine had been cited for safety violations twice in the past year. Labour "
        "minister Tomás Irigoyen, who visited the site, said rescuers could reach the "
        "chamber by Wednesday.",
        (
            ("hedge", "are believed to"),
            ("media_source", "State television"),
            ("named_source", "Lucía Benavente"),
            ("media_source", "Local media"),
            ("named_source", "Tomás Irigoyen"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "frost-30",
        "A supermarket chain has recalled several batches of its own-brand hummus after a "
        "supplier found that some pots may contain small pieces of plastic. Marrable & Pyke "
        "said customers should not eat the product and should return it to any store for a "
        "full refund. The recall is understood to affect around 40,000 pots. A company "
        "spokeswoman said the supplier had been suspended pending an investigation. The Food "
        "Safety Agency said there had been no reports of anyone being harmed. Dr Imogen "
        "Veale, a food scientist at Harlowfield University, said hard plastic fragments were "
        "unlikely to cause serious harm but could damage teeth.",
        (
            ("hedge", "may"),
            ("hedge", "is understood to"),
            ("anonymous_source", "A company spokeswoman"),
            ("named_source", "Dr Imogen Veale"),
            ("expert_source", "a food scientist at Harlowfield University"),
            ("hedge", "unlikely"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "frost-31",
        "Vantry State University will cut 22 degree programs and as many as 90 faculty "
        "positions to close a $31 million budget gap, the university announced Tuesday. "
        'President Leland Whitbourne said in a letter to staff that the cuts were "painful '
        'but unavoidable." Faculty members who packed a campus meeting Wednesday said they '
        'had been blindsided. "There was no consultation, none," said Dr. Esther Moriyasu, '
        "whose linguistics program is among those to be eliminated. The faculty senate is "
        "expected to hold a vote of no confidence next week, according to the student "
        "newspaper, the Vantry Courant. Enrollment at the university has fallen 18% since "
        "2016.",
        (
            ("named_source", "Leland Whitbourne"),
            ("anonymous_source", "Faculty members"),
            ("named_source", "Dr. Esther Moriyasu"),
            ("hedge", "is expected to"),
            ("media_source", "Vantry Courant"),
        ),
    ),
    Passage(
        "frost-32",
        "A hosepipe ban will come into force across much of the Tamberley region next Friday "
        "after the driest spring for 60 years. Reservoir levels have fallen to 58 per cent "
        "of capacity, compared with 81 per cent at this time last year, Tamberley Water "
        "said. Its chief executive, Nadia Eskdale, said the company “would not take this "
        "step lightly” and urged customers to save water. Critics pointed out that the "
        "company loses almost a quarter of its supply through leaking pipes. “They want us "
        "to stop watering our gardens while they pour water into the ground,” said Cllr Ivor "
        "Gethinby, who chairs the county’s environment committee. Ms Eskdale said leakage "
        "had fallen by a tenth in three years. Further restrictions may follow if the dry "
        "weather continues into July, according to the Tamberley Echo.",
        (
            ("named_source", "Nadia Eskdale"),
            ("anonymous_source", "Critics"),
            ("named_source", "Cllr Ivor Gethinby"),
            ("named_source", "Ms Eskdale"),
            ("hedge", "may"),
            ("media_source", "Tamberley Echo"),
        ),
    ),
    Passage(
        "frost-33",
        "Hotel bookings in Pelling Bay are running 20% below last summer’s levels, local "
        "business owners say, after a series of shark sightings closed beaches for nine days "
        "in June. “People see the headlines and they cancel,” said Danny Esparza, who runs a "
        "surf school on the boardwalk. City tourism director Hallie Rygaard said the drop "
        "was probably temporary and that advance bookings for August had begun to recover. "
        "Marine biologist Dr. Teodoro Lazcano of the Pelling Ocean Institute said the sharks "
        "were most likely juvenile great whites feeding on fish close to shore. “They’re not "
        "interested in people,” he said. The beaches reopened on Monday.",
        (
            ("anonymous_source", "local business owners"),
            ("named_source", "Danny Esparza"),
            ("named_source", "Hallie Rygaard"),
            ("hedge", "probably"),
            ("expert_source", "Marine biologist"),
            ("named_source", "Dr. Teodoro Lazcano"),
            ("hedge", "most likely"),
        ),
    ),
    Passage(
        "frost-34",
        "The Lyric Playhouse in Brinsford will close for 18 months from January for a £12m "
        "restoration of its Edwardian auditorium, the theatre announced on Tuesday. Artistic "
        "director Bryony Castlemaine said the plasterwork was “literally falling on our "
        "audiences” and the work “simply cannot wait”. The company will stage its "
        "productions in a converted warehouse on the docks during the closure. The project "
        "is expected to be funded largely by a national arts grant and a public appeal. "
        "Lionel Featherstonhaugh, writing in the Brinsford Chronicle, said the theatre “may "
        "well emerge as the finest small house in the north”. Some regular patrons said they "
        "were sorry to lose the building, even for a year and a half.",
        (
            ("named_source", "Bryony Castlemaine"),
            ("hedge", "is expected to"),
            ("named_source", "Lionel Featherstonhaugh"),
            ("media_source", "Brinsford Chronicle"),
            ("hedge", "may"),
            ("anonymous_source", "Some regular patrons"),
        ),
    ),
    Passage(
        "frost-35",
        "Three police officers in Grantmere are under investigation over the arrest of a "
        "teenager that was filmed by a passer-by and shared widely online. The footage "
        "appears to show an officer kneeling on the 16-year-old’s back while he was "
        "handcuffed. It is not clear what led to the arrest. The police watchdog said on "
        "Thursday it had served misconduct notices on the officers. The boy’s mother, Simone "
        "Ikwuemesi, told the Grantmere Mercury that her son had done “absolutely nothing "
        "wrong”. The newspaper also reported that the officers had been responding to a call "
        "about a stolen bicycle. Chief Superintendent Keith Rowntree said the three had been "
        "placed on restricted duties and it would be “inappropriate to comment further”. "
        "Campaigners said the case showed the need for body-worn cameras to be switched on "
        "at all times.",
        (
            ("hedge", "appears to"),
            ("hedge", "not clear"),
            ("named_source", "Simone Ikwuemesi"),
            ("media_source", "Grantmere Mercury"),
            ("media_source", "The newspaper"),
            ("named_source", "Keith Rowntree"),
            ("anonymous_source", "Campaigners"),
        ),
    ),
    Passage(
        "frost-36",
        "Harbison Chemical agreed Monday to buy rival Tellmark Industries for about $4.6 "
        "billion in cash, creating the country's second-largest maker of industrial "
        "coatings. Harbison had pursued Tellmark for months, according to people familiar "
        "with the matter, and the talks were first reported last week by the Financial "
        "Bellwether. Harbison CEO Gregory Stallworth said in an interview with Tollgate "
        "Street Daily that the combination would save $200 million a year. The transaction "
        "is expected to close in the first half of next year, pending regulatory approval. "
        "Antitrust enforcers could take a hard look at the deal, said Priyanka Subramoney, a "
        "lawyer at Aldine & Sprake who advises companies on mergers. Some Tellmark "
        "employees, speaking on condition of anonymity, said they feared plant closures.",
        (
            ("anonymous_source", "people familiar with the matter"),
            ("media_source", "Financial Bellwether"),
            ("named_source", "Gregory Stallworth"),
            ("media_source", "Tollgate Street Daily"),
            ("hedge", "is expected to"),
            ("hedge", "could"),
            ("named_source", "Priyanka Subramoney"),
            ("expert_source", "a lawyer at Aldine & Sprake who advises companies on mergers"),
            ("anonymous_source", "Some Tellmark employees"),
        ),
    ),
    Passage(
        "frost-37",
        "A wind-driven wildfire in the foothills above Redhollow had burned more than 9,000 "
        "acres by Sunday evening and forced the evacuation of about 2,300 homes, fire "
        "officials said. The blaze was 10% contained. Battalion Chief Ines Rasmundsen said "
        "crews were battling gusts of up to 50 mph and that the fire could reach the edge of "
        "town overnight if the winds did not ease. The cause is under investigation, though "
        "a downed power line is suspected, according to the Redhollow Record. Evacuees at a "
        "shelter in the high school gym said they had left with little more than their pets. "
        '"I grabbed the dog and the photo albums, that\'s it," said Arlene Shufflebotham, 71. '
        "The battalion chief said crews from four neighboring counties had arrived by "
        "nightfall.",
        (
            ("anonymous_source", "fire officials"),
            ("named_source", "Battalion Chief Ines Rasmundsen"),
            ("hedge", "could"),
            ("hedge", "suspected"),
            ("media_source", "Redhollow Record"),
            ("anonymous_source", "Evacuees at a shelter"),
            ("named_source", "Arlene Shufflebotham"),
            ("named_source", "The battalion chief"),
        ),
    ),
    Passage(
        "frost-38",
        "Archaeologists excavating ahead of a housing development near Moorcliffe have "
        "uncovered what may be the remains of a Roman bathhouse. The team found sections of "
        "a hypocaust, the underfloor heating system used by the Romans, along with fragments "
        "of painted wall plaster. Dr Fenella Rhydderch, the site director, said the building "
        "was “without doubt” part of a larger villa estate. Professor Hamish Oddington, a "
        "specialist in Roman Britain at the University of Dunlevin, said the find was "
        "“potentially of national importance”. The developer, Hallowmead Homes, said it "
        "would work with archaeologists to preserve the remains. Some residents have called "
        "for the site to be protected permanently.",
        (
            ("hedge", "may"),
            ("named_source", "Dr Fenella Rhydderch"),
            ("named_source", "Professor Hamish Oddington"),
            ("expert_source", "a specialist in Roman Britain at the University of Dunlevin"),
            ("hedge", "potentially"),
            ("anonymous_source", "Some residents"),
        ),
    ),
    Passage(
        "frost-39",
        "A privately built lunar lander is scheduled to lift off from the Kesterling "
        "Spaceport early Thursday on a mission intended to end with a soft landing near the "
        "moon's south pole. Forecasters put the chance of favorable weather at 70%. Mission "
        'director Cordelia Ruysdale said the team had "done everything we can" and that a '
        "landing attempt could come as soon as nine days after launch. Dr. Arjun Meckley, a "
        "planetary scientist at Kimbrough College who is not involved in the mission, said "
        "the region may hold ice that future crews would be able to turn into drinking water "
        "and rocket fuel. Two earlier landers built by other companies tipped over on "
        "touchdown. Shares of the company, Selene Dynamics, rose 6% on Wednesday.",
        (
            ("anonymous_source", "Forecasters"),
            ("named_source", "Cordelia Ruysdale"),
            ("hedge", "could"),
            ("named_source", "Dr. Arjun Meckley"),
            ("expert_source", "a planetary scientist at Kimbrough College"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "frost-40",
        "The main road through Little Wrenscombe will be closed for six weeks from Monday "
        "while a collapsed culvert is rebuilt, the county council has confirmed. Diversions "
        "will add up to 14 miles to some journeys. Traders on the village’s high street said "
        "they feared losing customers during the busiest part of the year. “Half my trade is "
        "passing trade,” said butcher Owen Tredinnick, whose family has run the shop since "
        "1952. Mr Tredinnick said he had been told about the closure only on Friday. Another "
        "said she might shut for the duration rather than pay staff to stand idle. Cllr "
        "Beatrice Gauntlett, the council’s highways lead, said the work was urgent because "
        "the culvert was at risk of further collapse. The road is expected to reopen in "
        "mid-May.",
        (
            ("anonymous_source", "Traders on the village’s high street"),
            ("named_source", "Owen Tredinnick"),
            ("named_source", "Mr Tredinnick"),
            ("anonymous_source", "Another"),
            ("hedge", "might"),
            ("named_source", "Cllr Beatrice Gauntlett"),
            ("hedge", "is expected to"),
        ),
    ),
)
