"""Winter set: 40 annotated news passages, an eighth set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes), after the
last set, without running the extractor, the scorer or the evaluation on the passages, without
reading the extractor's code or lexicons, and without reading the other sets' passages (only the
opening entries of the last set, for the format). Like the late and last sets it is weighted
toward ordinary copy rather than hard cases: routine wire and newspaper stories of four to eight
sentences across many beats (courts, politics, health, science, business, markets, sport, local
government, foreign news, technology, weather, culture, education, crime, environment, transport,
labour, housing, food, aviation, religion, agriculture, energy, defence, an obituary), in British
and American spelling, with straight and curly quotes. Spread through them are named sources in
the ordinary shapes (name then role, role then name, role and name in apposition, "Dr." and "Dr",
"Ms.", "Sen.", "Rep.", "Sgt.", "Cllr", clerical titles, ages, inverted "said X"), later
references by surname ("Whitcombe said", "Ms. Iturbe said") and by role ("The judge", "The
bishop", "the minister"); expert credentials after the name, before it ("Security researcher",
"Kellsbridge University energy economist") and as relative clauses about research or experience
("who studies insect decline at ...", "who has spent 20 years designing ..."); other outlets
cited as subject of "reported" (with "citing"), after "according to", with "told", "in an
interview with", "first reported by", "seen by", "obtained by", as "local media", and as later
references ("The paper", "The newspaper"); unnamed and vague sources (officials, anonymity
clauses, groups such as "Some residents" and "Traders", "a person familiar with the case", "a
person briefed on ...", "One neighbor" and "Another", unnamed spokespeople who make a statement);
hedges (modals, "likely", "probably", "possible", "reportedly", "allegedly", "is expected to",
"is believed to", "appears to", "it is unclear"); and distractors that are not annotated (outlets
named but not cited, journals studies appeared in, a listings firm's report, titles of office
without a statement, organisations speaking for themselves, a transit "agency", vague quantities
such as "Some 300 people", "found no evidence", "declined to comment", "could not be reached for
comment", the month "May", people mentioned who do not speak, "can" of ability, "may" of
permission such as "Residents may pay online", and "would" in reported speech).

First measurement (2026-12-03, the extractors of that morning, after a first batch of fixes
found through the last behavioural set and before this set was read): macro-F1 0.92 (named
0.87, expert 0.90, unnamed 0.94, media 0.91, hedges 0.96). Its errors were then read and their
classes fixed (organisations taken for people, roles in apposition without an article, "the
bishop" after "Bishop of X", "may" of permission, a strategist's credentials, outlets with a
channel number or after "last year by").
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "winter-01",
        "A federal jury in Harlan City on Thursday convicted a former county procurement "
        "director of steering $4.2 million in road contracts to companies owned by his "
        "brother-in-law. Dale Renwick, 58, faces up to 20 years in prison when he is sentenced "
        "in May. “The evidence was overwhelming, and the jury saw it,” U.S. Attorney Priya "
        "Venkataraman told reporters outside the courthouse. Renwick’s lawyer, Mitchell Adair, "
        "said his client planned to appeal. The brother-in-law, who pleaded guilty last year, "
        "is expected to testify at a separate trial of two contractors, according to a person "
        "familiar with the case. Renwick declined to comment as he left the building.",
        (
            ("named_source", "Priya Venkataraman"),
            ("named_source", "Mitchell Adair"),
            ("hedge", "is expected to"),
            ("anonymous_source", "a person familiar with the case"),
        ),
    ),
    Passage(
        "winter-02",
        "The government's flagship housing bill survived a backbench rebellion on Tuesday "
        "night, passing its second reading by 312 votes to 281. Housing Secretary Bernadette "
        'Quayle said the bill would "unlock a generation of homes". Around 30 of her own MPs '
        "abstained, and some are expected to vote against it at report stage, according to a "
        "senior government whip who asked not to be named. The shadow housing secretary, "
        'Tobias Wren, said the plans amounted to "a developers\' charter". Quayle later told '
        'Radio Albion that she was "open to sensible amendments" on green belt protections. '
        "Ministers may yet offer concessions on affordable housing targets, Wren said.",
        (
            ("named_source", "Bernadette Quayle"),
            ("hedge", "are expected to"),
            ("anonymous_source", "a senior government whip"),
            ("named_source", "Tobias Wren"),
            ("named_source", "Quayle#2"),
            ("media_source", "Radio Albion"),
            ("hedge", "may"),
            ("named_source", "Wren#2"),
        ),
    ),
    Passage(
        "winter-03",
        "A measles outbreak in Pinecrest County has grown to 23 cases, the county health "
        "department said Monday, and officials warned that the number could climb as schools "
        "reopen after the holiday break. Most of the cases are in children who had not been "
        "vaccinated. “We are seeing exactly what we feared,” said Dr. Lorraine Espinoza, the "
        "county’s health officer. Dr. Samuel Okafor, a pediatric infectious disease specialist "
        "at St. Brendan’s Children’s Hospital, said three of the children had been "
        "hospitalized. Parents may book free vaccinations at any county clinic. The outbreak "
        "appears to have started at a church gathering in late November, Espinoza said.",
        (
            ("anonymous_source", "officials"),
            ("hedge", "could"),
            ("named_source", "Dr. Lorraine Espinoza"),
            ("named_source", "Dr. Samuel Okafor"),
            (
                "expert_source",
                "a pediatric infectious disease specialist at St. Brendan’s Children’s Hospital",
            ),
            ("hedge", "appears to"),
            ("named_source", "Espinoza#2"),
        ),
    ),
    Passage(
        "winter-04",
        "Bumblebees that forage near motorways carry higher levels of heavy metals than those "
        "living in open countryside, according to a study published on Wednesday in the "
        "journal Pollinator Ecology. The researchers sampled more than 1,400 bees at 36 sites "
        'across the county of Ferrisdale. "The effect was larger than we had anticipated," '
        "said Helen Achterberg, a professor of ecotoxicology at the University of Ravensmoor, "
        "who led the work. The metals may impair the bees' ability to navigate, she said, "
        "although the study did not test that directly. Dr Kwame Asante, who studies insect "
        "decline at the Fenwick Institute and was not involved in the research, called the "
        'findings "worrying but not surprising". It is unclear whether the same pattern holds '
        "for honeybees.",
        (
            ("named_source", "Helen Achterberg"),
            ("expert_source", "a professor of ecotoxicology at the University of Ravensmoor"),
            ("hedge", "may"),
            ("named_source", "Dr Kwame Asante"),
            ("expert_source", "who studies insect decline at the Fenwick Institute"),
            ("hedge", "It is unclear"),
        ),
    ),
    Passage(
        "winter-05",
        "Shares of Corvane Foods fell 9% on Wednesday after the packaged-snack maker cut its "
        "full-year sales forecast, blaming higher cocoa and sugar costs. Chief Executive "
        "Marisol Tate told analysts on a conference call that price increases announced in the "
        "spring had not fully offset those costs. “The consumer is tired, and we are "
        "listening,” she said. The company may close one of its four bakeries, according to "
        "two people with knowledge of the plans. Bryce Holloway, an analyst at Stanmore "
        "Securities, said the forecast cut was “deeper than anyone on the Street had modeled.” "
        "A Corvane spokesman declined to comment on the bakery plans.",
        (
            ("named_source", "Marisol Tate"),
            ("hedge", "may"),
            ("anonymous_source", "two people with knowledge of the plans"),
            ("named_source", "Bryce Holloway"),
            ("expert_source", "an analyst at Stanmore Securities"),
        ),
    ),
    Passage(
        "winter-06",
        "European shares closed lower on Friday as investors weighed stronger-than-expected "
        "inflation figures, with the pan-European Continental 600 index down 0.8 per cent. "
        'Bank stocks led the declines. "Markets had priced in a rate cut for June, and that '
        'now looks optimistic," said Annika Lindqvist, chief European strategist at Haverford '
        "Capital. The central bank is likely to keep rates on hold at its next meeting, "
        "Marlowe Financial News reported, citing three policymakers. Traders said bond yields "
        "could rise further next week. Sterling was little changed against the dollar.",
        (
            ("named_source", "Annika Lindqvist"),
            ("expert_source", "chief European strategist at Haverford Capital"),
            ("hedge", "likely"),
            ("media_source", "Marlowe Financial News"),
            ("anonymous_source", "three policymakers"),
            ("anonymous_source", "Traders"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "winter-07",
        "Kendra Oyelaran scored 31 points and the Bayport Herons beat the Lakemont Vipers "
        "88-79 on Sunday to move within one game of the conference lead. Oyelaran, a "
        "22-year-old rookie, hit five 3-pointers in the second half. “She just refused to let "
        "us lose,” Herons coach Dwight Cullinan said. The Vipers played without guard Tasha "
        "Monroe, who is expected to miss at least two weeks with a sprained ankle, according "
        "to the team. Cullinan said forward Imani Brooks might return for Thursday’s game "
        "against Fairhaven. The teams meet again in May.",
        (
            ("named_source", "Dwight Cullinan"),
            ("hedge", "is expected to"),
            ("named_source", "Cullinan#2"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "winter-08",
        "Councillors in Ashbury have voted to introduce a charge for garden waste collections "
        "from April, despite a petition against it signed by more than 2,000 residents. The "
        "£45 annual fee will raise about £600,000 a year, the council said. Cllr Naomi "
        'Fairweather, the cabinet member for environment, said the authority had "run out of '
        'painless options". Residents may pay online or by phone, and households receiving '
        "council tax support will be exempt. Some residents said they would simply burn their "
        'clippings instead. Independent group leader Peter Ashdown said the decision "could '
        'well backfire" if fly-tipping increased.',
        (
            ("named_source", "Cllr Naomi Fairweather"),
            ("anonymous_source", "Some residents"),
            ("named_source", "Peter Ashdown"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "winter-09",
        "At least 14 people were killed when a passenger ferry capsized on Lake Tembura on "
        "Saturday, officials in the eastern province of Kivana said. Rescue teams pulled 61 "
        "survivors from the water, and dozens more passengers may still be missing, the "
        "provincial governor, Albert Mwangaza, told state radio. The vessel was licensed to "
        "carry 80 people but appeared to have been carrying well over 100, according to a port "
        "official who was not authorised to speak to the media. Survivors told the Kivana "
        "Daily Star that the ferry had listed sharply in high winds shortly after leaving "
        "port. President Joseph Ndali declared three days of national mourning.",
        (
            ("anonymous_source", "officials"),
            ("hedge", "may"),
            ("named_source", "Albert Mwangaza"),
            ("media_source", "state radio"),
            ("hedge", "appeared to"),
            ("anonymous_source", "a port official"),
            ("anonymous_source", "Survivors"),
            ("media_source", "the Kivana Daily Star"),
        ),
    ),
    Passage(
        "winter-10",
        "Helix Systems, the cloud software company, said Tuesday it had fixed a flaw that "
        "exposed the billing records of some of its business customers for nearly three weeks. "
        "The problem was first reported by the technology news site ByteWatch. In a blog post, "
        "Chief Security Officer Ramon Achebe wrote that an internal review had found no "
        "evidence the data had been misused. Security researcher Lena Dvorak, who first "
        "spotted the unsecured server, said the records might have been exposed for longer. It "
        "is not clear how many customers were affected. Helix shares slipped 2% in afternoon "
        "trading.",
        (
            ("media_source", "ByteWatch"),
            ("named_source", "Ramon Achebe"),
            ("expert_source", "Security researcher"),
            ("named_source", "Lena Dvorak"),
            ("hedge", "might"),
            ("hedge", "It is not clear"),
        ),
    ),
    Passage(
        "winter-11",
        "Amber warnings for heavy snow have been issued for much of the northern uplands, with "
        "up to 30cm forecast on higher ground by Thursday morning. Drifting could block rural "
        'roads and power cuts are possible, the National Weather Office said. "This is the '
        'most significant snowfall of the winter so far," said Morag Dunleavy, a senior '
        "meteorologist at the office. Schools in the Glenaskin valley may close on Thursday, "
        "according to the regional council, which said head teachers would decide early in the "
        "morning. Some hauliers said they had already cancelled deliveries to the valley. "
        "Temperatures are likely to stay below freezing until the weekend.",
        (
            ("hedge", "could"),
            ("hedge", "possible"),
            ("named_source", "Morag Dunleavy"),
            ("expert_source", "a senior meteorologist at the office"),
            ("hedge", "may"),
            ("anonymous_source", "Some hauliers"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "winter-12",
        "The Renfield Museum of Art said Friday it would return a 12th-century bronze statue "
        "to the Republic of Saravan after evidence emerged that it had been looted from a "
        "temple in the 1970s. The statue’s history was first reported last year by the "
        "Ashgrove Review, which obtained export records showing that the piece had left "
        "Saravan illegally. “We should never have acquired it, and we are glad to send it "
        "home,” museum director Celeste Haverly said in a statement. Saravan’s culture "
        "minister, Dara Phoum, called the return “an act of justice.” In an interview with "
        "Radio Saravan, the minister said more objects could follow. Three other pieces in the "
        "museum’s collection are reportedly under review.",
        (
            ("media_source", "the Ashgrove Review"),
            ("named_source", "Celeste Haverly"),
            ("named_source", "Dara Phoum"),
            ("media_source", "Radio Saravan"),
            ("named_source", "the minister"),
            ("hedge", "could"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "winter-13",
        "Nearly one in five secondary schools in Calderbrook has at least one unfilled maths "
        "teaching post, according to figures obtained by the Calderbrook Evening Post under "
        "freedom of information rules. The paper found that 37 schools had relied on supply "
        "staff to teach maths for more than a term. Jocelyn Marr, head teacher of Highfield "
        'Academy, said she had advertised the same job four times since September. "We are '
        'teaching children with whoever we can find," she said. A spokesperson for the local '
        "education authority said a recruitment drive would begin in the spring. Union "
        "officials warned that the shortage was likely to worsen as older teachers retired.",
        (
            ("media_source", "the Calderbrook Evening Post"),
            ("media_source", "The paper"),
            ("named_source", "Jocelyn Marr"),
            ("anonymous_source", "A spokesperson for the local education authority"),
            ("anonymous_source", "Union officials"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "winter-14",
        "Police in Dunmore Heights arrested a 19-year-old man Saturday in connection with a "
        "string of car break-ins that have plagued the city’s east side since October. The "
        "suspect, whose name was not released, allegedly used a stolen key programmer to "
        "unlock at least 40 vehicles, according to Sgt. Tomas Villareal, a department "
        "spokesman. Villareal said a second person may have been involved. “People were "
        "leaving their cars in their driveways and finding them emptied out in the morning,” "
        "said Gail Pruitt, 67, who lives on Hawthorne Avenue. One neighbor said he had "
        "installed cameras after his truck was broken into twice. Another said she had stopped "
        "parking on the street altogether.",
        (
            ("hedge", "allegedly"),
            ("named_source", "Sgt. Tomas Villareal"),
            ("named_source", "Villareal#2"),
            ("hedge", "may"),
            ("named_source", "Gail Pruitt"),
            ("anonymous_source", "One neighbor"),
            ("anonymous_source", "Another"),
        ),
    ),
    Passage(
        "winter-15",
        "Water companies discharged untreated sewage into rivers in the Wendle basin on more "
        "than 9,000 occasions last year, an increase of 18 per cent, according to data "
        "published by the Environment Regulator on Monday. Campaigners said the true figure "
        'was probably higher because many overflow pipes are not monitored. "These numbers are '
        'a scandal, and they are only part of the story," said Dr Rhiannon Pryce, a freshwater '
        "ecologist who has surveyed the river for two decades. Thornvale Water said it was "
        "investing £1.2bn in storm overflows. A person with knowledge of the regulator's "
        "inquiry said fines could run into tens of millions of pounds. The company's chief "
        "executive, Giles Parmenter, is due to appear before a parliamentary committee next "
        "week.",
        (
            ("anonymous_source", "Campaigners"),
            ("hedge", "probably"),
            ("named_source", "Dr Rhiannon Pryce"),
            ("expert_source", "a freshwater ecologist who has surveyed the river for two decades"),
            ("anonymous_source", "A person with knowledge of the regulator's inquiry"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "winter-16",
        "Commuter rail service between Easton Falls and downtown Brightwater will be suspended "
        "for six weekends this summer while crews replace a 90-year-old bridge, transit "
        "officials said Thursday. Shuttle buses will replace trains, adding up to 40 minutes "
        "to trips. “We know this is a headache, and we’re sorry,” said Yolanda Fish, general "
        "manager of the Metro Regional Transit Authority. Riders may buy discounted weekend "
        "passes through the agency’s app. Some riders said the shuttles had been unreliable "
        "during a similar closure two years ago. The bridge work could also delay the "
        "reopening of Halsey Street station, according to an internal memo seen by the "
        "Brightwater Tribune.",
        (
            ("anonymous_source", "transit officials"),
            ("named_source", "Yolanda Fish"),
            ("anonymous_source", "Some riders"),
            ("hedge", "could"),
            ("media_source", "the Brightwater Tribune"),
        ),
    ),
    Passage(
        "winter-17",
        "About 4,000 bus drivers across the Harrowdale region will walk out for 48 hours next "
        "week after talks over pay broke down, the Transport and Allied Workers' Union said. "
        'The union is seeking a 9 per cent rise; operators have offered 5.5 per cent. "Our '
        'members are exhausted and underpaid, and they have had enough," said regional '
        "organiser Danny Kilbride. Lorna Metcalfe, managing director of Harrowdale Buses, said "
        'the company had made "a fair and affordable offer". Further strikes are likely in the '
        "new year if no deal is reached, according to union officials. Passengers have been "
        "advised to check timetables before travelling.",
        (
            ("named_source", "Danny Kilbride"),
            ("named_source", "Lorna Metcalfe"),
            ("hedge", "likely"),
            ("anonymous_source", "union officials"),
        ),
    ),
    Passage(
        "winter-18",
        "Median rent in the Greater Westvale area climbed 7.4% over the past year to $2,180 a "
        "month, the fastest increase in the region, according to a report released Tuesday by "
        "the listings firm HomeScope. Vacancy rates have fallen below 3% in most "
        "neighborhoods, the report found. “There simply isn’t enough supply to meet demand,” "
        "said Alvin Merriweather, an economist at Westvale State University who studies "
        "housing markets. Rents may cool slightly next year as about 6,000 new apartments "
        "open, he said. City Council member Rosa Iturbe said she would introduce a measure to "
        "cap annual rent increases in older buildings. Landlord groups are expected to fight "
        "the proposal, Ms. Iturbe said.",
        (
            ("named_source", "Alvin Merriweather"),
            (
                "expert_source",
                "an economist at Westvale State University who studies housing markets",
            ),
            ("hedge", "may"),
            ("named_source", "Rosa Iturbe"),
            ("hedge", "are expected to"),
            ("named_source", "Ms. Iturbe"),
        ),
    ),
    Passage(
        "winter-19",
        "A bakery chain has recalled two of its sandwiches after fragments of blue plastic "
        "were found in several packs, the Food Standards Board said on Friday. The affected "
        "products, sold in 120 Crumb & Co shops, carry use-by dates up to 14 March. Customers "
        "can return them to any branch for a full refund. Crumb & Co's operations director, "
        "Saoirse Naughton, said the plastic appeared to have come from a faulty conveyor belt "
        "at a supplier's factory. No illnesses have been reported. The recall was first "
        "reported by the trade magazine Grocer Weekly, which said a second supplier may also "
        "be under investigation.",
        (
            ("named_source", "Saoirse Naughton"),
            ("hedge", "appeared to"),
            ("media_source", "Grocer Weekly"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "winter-20",
        "A regional jet operated by Skyreach Connect made an emergency landing at Corliss "
        "International Airport on Monday after smoke was detected in the cabin, the airline "
        "said. All 68 passengers and four crew members left the aircraft on emergency slides, "
        "and two people were treated for minor injuries. “There was a burning smell and then "
        "the lights flickered,” passenger Derek Amundsen, 41, told KQVR News 4. The National "
        "Transport Safety Panel said it had opened an investigation. An electrical fault in "
        "the galley may have caused the smoke, according to an airline employee who was not "
        "authorized to discuss the incident. Investigators are expected to issue a preliminary "
        "report within 30 days.",
        (
            ("named_source", "Derek Amundsen"),
            ("media_source", "KQVR News 4"),
            ("hedge", "may"),
            ("anonymous_source", "an airline employee"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "winter-21",
        "The Diocese of Wraybury is to close or merge 23 of its parish churches over the next "
        "five years because of falling congregations and rising repair bills, it announced on "
        "Sunday. The Rt Revd Simon Hartigan, Bishop of Wraybury, said the decision had been "
        '"painful but unavoidable". Average Sunday attendance in the diocese has fallen by a '
        "third since 2015. Some parishioners at St Cuthbert's in Lower Fenby said they had not "
        "been consulted. Canon Ruth Okonjo, a historian of church architecture at Merchester "
        "College, said several of the buildings were listed and could prove difficult to sell. "
        "The bishop said money raised from any sales would go to the remaining parishes.",
        (
            ("named_source", "Rt Revd Simon Hartigan"),
            ("anonymous_source", "Some parishioners"),
            ("named_source", "Canon Ruth Okonjo"),
            ("expert_source", "a historian of church architecture at Merchester College"),
            ("hedge", "could"),
            ("named_source", "The bishop"),
        ),
    ),
    Passage(
        "winter-22",
        "Corn growers across the southern half of Tennell County are bracing for their "
        "smallest harvest in a decade after a summer drought left many fields stunted and "
        "brown. “I’ve farmed this ground for 40 years and never seen it this bad,” said Harold "
        "Brandvold, 71, standing at the edge of a field near Osgood Corners. State agriculture "
        "officials estimate that yields could be down as much as 35%. Melinda Saxe, an "
        "agronomist with the Tennell State University extension service, said some farmers "
        "might switch to sorghum next season because it needs less water. A spokesman for the "
        "state farm bureau could not be reached for comment.",
        (
            ("named_source", "Harold Brandvold"),
            ("anonymous_source", "State agriculture officials"),
            ("hedge", "could"),
            ("named_source", "Melinda Saxe"),
            ("expert_source", "an agronomist with the Tennell State University extension service"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "winter-23",
        "Household energy bills will fall by about £90 a year from April after the regulator "
        "lowered its price cap, the Office of Gas and Power Markets said on Friday. Sally "
        'Brannigan, head of policy at the consumer group FairPower, said the cut was "welcome '
        'but nowhere near enough" for families already in arrears. Wholesale gas prices could '
        "rise again if the rest of the winter is colder than usual, said Kellsbridge "
        "University energy economist Arjun Mehta. Ministers are reportedly considering an "
        "extension of the discount scheme for low-income households. The Treasury declined to "
        "comment.",
        (
            ("named_source", "Sally Brannigan"),
            ("hedge", "could"),
            ("expert_source", "Kellsbridge University energy economist"),
            ("named_source", "Arjun Mehta"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "winter-24",
        "The Army plans to cut its order of the XR-9 armored personnel carrier by nearly a "
        "third, according to budget documents obtained by Defense Ledger, a move that could "
        "cost the program’s prime contractor about $1.8 billion in revenue. The documents show "
        "the service intends to buy 410 vehicles instead of 600. Rep. Carla Whitcombe, who "
        "chairs the House panel that oversees ground forces, said she would question Army "
        "leaders about the decision at a hearing next week. “You don’t cancel a third of a "
        "program without telling Congress why,” Whitcombe said. A senior Army official, "
        "speaking on condition of anonymity to discuss budget deliberations, said delays in "
        "the vehicle’s turret software had frustrated commanders. Ardent Dynamics, the "
        "manufacturer, said it had not been notified of any change.",
        (
            ("media_source", "Defense Ledger"),
            ("hedge", "could"),
            ("named_source", "Rep. Carla Whitcombe"),
            ("named_source", "Whitcombe#2"),
            ("anonymous_source", "A senior Army official"),
        ),
    ),
    Passage(
        "winter-25",
        "Elspeth Carrow-Lyle, the children's author whose Badger Lane books sold more than 20 "
        "million copies, has died aged 91. Her publisher, Thistledown Books, said she died "
        "peacefully at her home in the village of Amberleigh on Tuesday. She wrote her first "
        "story in 1941 for her younger brother while he was recovering from scarlet fever. "
        '"She understood that children like to be frightened a little and comforted a lot," '
        "said Imelda Corsa, a friend for more than 60 years. Dr Philippa Marsh, who lectures "
        "in children's literature at the University of Hollinsford, said the books had "
        '"quietly changed what picture books were allowed to say". Her final book, completed '
        "last year, is expected to be published in the autumn.",
        (
            ("named_source", "Imelda Corsa"),
            ("named_source", "Dr Philippa Marsh"),
            (
                "expert_source",
                "who lectures in children's literature at the University of Hollinsford",
            ),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "winter-26",
        "A landlord who let a fire-damaged flat to a family of five without repairing its "
        "wiring has been fined £48,000 at Marlbury Crown Court. Raymond Tuck, 53, of Elm "
        "Grove, Marlbury, admitted six breaches of housing safety regulations. Judge Anwen "
        "Rhys said he had shown \"a callous disregard\" for his tenants' safety. Mr Tuck's "
        'solicitor, Farida Shah, told the court her client was "deeply ashamed" and had since '
        "sold the property. The judge said the fine would have been larger had he not pleaded "
        "guilty. The family's mother, who cannot be named for legal reasons, said in a "
        "statement read to the court that her children still had nightmares about the fire. "
        "The council, which brought the prosecution, said other landlords could face similar "
        "action.",
        (
            ("named_source", "Anwen Rhys"),
            ("named_source", "Farida Shah"),
            ("named_source", "The judge"),
            ("anonymous_source", "The family's mother"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "winter-27",
        "State senators in Carver voted 27-12 on Tuesday to raise the minimum age for buying "
        "nicotine pouches to 21, sending the measure to Gov. Lydia Marchetti. Sen. Victor "
        "Almeida, a Democrat from Port Hale who sponsored the bill, said teenagers were "
        "“getting hooked on these things in the school bathroom.” Republican Sen. Gwen Talley "
        "said the measure “treats adults like children.” Marchetti, a Democrat, has not said "
        "whether she will sign it. A lobbyist for convenience store owners, who asked not to "
        "be named because talks with lawmakers were continuing, said retailers might sue if "
        "the bill became law.",
        (
            ("named_source", "Sen. Victor Almeida"),
            ("named_source", "Sen. Gwen Talley"),
            ("anonymous_source", "A lobbyist for convenience store owners"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "winter-28",
        "A nasal flu vaccine for adults over 65 will be offered at GP surgeries across "
        "Haverleigh from next month, the local health trust said on Wednesday. Trials found "
        "the spray was as effective as the injected vaccine and caused fewer side effects, "
        'according to its manufacturer. "Plenty of older patients put off their flu jab '
        'because they hate needles, so this could make a real difference," said Dr Ishaan '
        "Kapoor, a GP in the village of Brockwell. Professor Janet Ellory, a vaccinologist at "
        "St Aldric's Medical School, said protection from the spray might wane faster than "
        "that of the injection. Patients may book through their surgery or at participating "
        "pharmacies. Supplies are expected to be limited in the first few weeks.",
        (
            ("hedge", "could"),
            ("named_source", "Dr Ishaan Kapoor"),
            ("expert_source", "a GP in the village of Brockwell"),
            ("named_source", "Professor Janet Ellory"),
            ("expert_source", "a vaccinologist at St Aldric's Medical School"),
            ("hedge", "might"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "winter-29",
        "Water vapor has been detected in the atmosphere of a planet orbiting a small red star "
        "about 90 light-years away, a finding that could sharpen the search for habitable "
        "worlds. The results, from observations of the planet Halvard-7b, were published "
        "Thursday in the journal Stellar Horizons. “It’s a tantalizing signal, but we want to "
        "see it again before we get too excited,” said Dr. Nadia Rahimi, an astronomer at the "
        "Copperfield Observatory and the study’s lead author. The planet is probably too hot "
        "for liquid water on its surface, she said. Joel Brandt, a planetary scientist at "
        "Lanford University who was not involved in the study, called the detection “solid, "
        "but not yet a slam dunk.” The team plans to observe the planet again next year.",
        (
            ("hedge", "could"),
            ("named_source", "Dr. Nadia Rahimi"),
            ("expert_source", "an astronomer at the Copperfield Observatory"),
            ("hedge", "probably"),
            ("named_source", "Joel Brandt"),
            ("expert_source", "a planetary scientist at Lanford University"),
        ),
    ),
    Passage(
        "winter-30",
        "The department store group Harcourt & Pryce is in talks to sell its flagship building "
        "in Dunhaven to a property investor for about £120m, the Sunday Ledger reported, "
        "citing people close to the negotiations. The paper said a deal could be announced "
        "within weeks. Harcourt & Pryce, which has closed 11 stores since 2021, declined to "
        "comment. Retail analyst Nisha Dhillon of Kestrel Research said the sale made sense "
        'because "the building is worth more than the business inside it". A former board '
        "member, who spoke on condition of anonymity, said staff had not been told about the "
        "talks. Shares in the group rose 6 per cent in early trading.",
        (
            ("media_source", "the Sunday Ledger"),
            ("anonymous_source", "people close to the negotiations"),
            ("media_source", "The paper"),
            ("hedge", "could"),
            ("expert_source", "Retail analyst"),
            ("named_source", "Nisha Dhillon"),
            ("anonymous_source", "A former board member"),
        ),
    ),
    Passage(
        "winter-31",
        "Ashcombe Rovers have sacked manager Gareth Pollard after a run of eight matches "
        "without a win left the club second from bottom of the table. First-team coach Lee "
        "Dunstan will take charge for Saturday's trip to Millbrook Town. Former Rovers captain "
        "Ian Cathcart, who now writes a column for the Ashcombe Echo, said the decision was "
        '"harsh but probably inevitable". Home supporters booed the players off after last '
        "weekend's defeat by Dunmere. The club's owners want an experienced replacement, and "
        "the former Dunmere manager Kevin Lyle is believed to be on their shortlist, according "
        "to a source at the club. Pollard, 46, had been in charge for 18 months.",
        (
            ("named_source", "Ian Cathcart"),
            ("hedge", "probably"),
            ("hedge", "is believed to"),
            ("anonymous_source", "a source at the club"),
        ),
    ),
    Passage(
        "winter-32",
        "The Fallowfield City Council voted 5-2 Monday night to ban gas-powered leaf blowers "
        "within city limits starting in 2027. Some 300 people packed the council chamber for "
        "the vote. Council member Terrence Oduya, who proposed the ordinance, said the "
        "machines were “loud, dirty and completely unnecessary.” Landscaping companies may "
        "apply for city grants of up to $2,000 to buy electric equipment. Mike Galvez, who "
        "owns a lawn care business with six employees, said the switch could cost him more "
        "than $30,000. Mayor Debra Kinsey voted against the measure. Several residents who "
        "spoke during the public comment period said they had been asking for the ban for "
        "years.",
        (
            ("named_source", "Terrence Oduya"),
            ("named_source", "Mike Galvez"),
            ("hedge", "could"),
            ("anonymous_source", "Several residents"),
        ),
    ),
    Passage(
        "winter-33",
        "Voters in the island republic of Santa Corvina go to the polls on Sunday in a "
        "presidential run-off. The incumbent, Rafael Ostrander, is seeking a second term on a "
        "promise to finish a new deep-water port. His challenger, the former central bank "
        'governor Elena Varga-Ruiz, told the newspaper El Mirador that the port had "become a '
        'monument to debt". Turnout may be depressed by heavy rain forecast for the north of '
        "the island, local media reported. Ostrander's campaign manager, Julio Pedrosa, said "
        "in an interview with the broadcaster CTV Corvina on Thursday that the president was "
        '"confident but not complacent". Results are expected to be announced on Monday '
        "morning.",
        (
            ("named_source", "Elena Varga-Ruiz"),
            ("media_source", "El Mirador"),
            ("hedge", "may"),
            ("media_source", "local media"),
            ("named_source", "Julio Pedrosa"),
            ("media_source", "CTV Corvina"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "winter-34",
        "A Tollbridge start-up that designs low-power chips for hearing aids has raised £28m "
        "in a funding round led by the venture firm Northgate Partners. Quillon "
        "Semiconductors, founded in 2020 by two former researchers at the University of "
        'Tollbridge, plans to double its staff to 140 by the end of next year. "Hearing aids '
        'are basically tiny computers with terrible batteries, and we can fix that," said '
        "chief executive Orla Brennan. The company's first chip is expected to reach the "
        "market in 2028, she said. Dr Marcus Eley, who has spent 20 years designing medical "
        "electronics at Halcyon Devices, said the field was crowded and that Quillon might "
        "struggle to win contracts from the big manufacturers. The funding round was first "
        "reported by the Tollbridge Business Journal.",
        (
            ("named_source", "Orla Brennan"),
            ("hedge", "is expected to"),
            ("named_source", "Dr Marcus Eley"),
            (
                "expert_source",
                "who has spent 20 years designing medical electronics at Halcyon Devices",
            ),
            ("hedge", "might"),
            ("media_source", "the Tollbridge Business Journal"),
        ),
    ),
    Passage(
        "winter-35",
        "Police have released CCTV images of two men they want to trace after a 17th-century "
        "silver chalice was stolen from St Oswin's Church in Kelderby. The chalice, valued at "
        "about £60,000, was taken from a locked display case between Friday evening and "
        "Saturday morning. Detective Inspector Marianne Oakes said the thieves appeared to "
        "have known exactly where it was kept. \"This is a piece of the village's history, and "
        "people here are heartbroken,\" said the Reverend Alan Pike, the church's vicar. One "
        "parishioner said the case had been left unlocked at least once last year. The theft "
        "may be linked to two similar raids on churches in neighbouring counties, the Kelderby "
        "Gazette reported.",
        (
            ("named_source", "Marianne Oakes"),
            ("hedge", "appeared to"),
            ("named_source", "Reverend Alan Pike"),
            ("anonymous_source", "One parishioner"),
            ("hedge", "may"),
            ("media_source", "the Kelderby Gazette"),
        ),
    ),
    Passage(
        "winter-36",
        "Four gray wolves were released into the Saddleback Mountains last week, the first "
        "wolves in the area in nearly a century, the Morrow Department of Fish and Game said "
        "Tuesday. The animals were fitted with GPS collars and will be tracked for at least "
        "three years. “This is a historic moment for the ecosystem,” said Dr. Camille "
        "Archuleta, a wildlife biologist who has studied wolf recovery in the region since "
        "2009. Ranchers in the valley say the wolves are likely to prey on cattle. Bud "
        "Hensley, president of the Morrow Cattlemen’s Association, told the Saddleback "
        "Sentinel that ranchers had been “steamrolled.” The newspaper reported that at least "
        "two ranch families were considering a lawsuit. The state will compensate ranchers for "
        "confirmed livestock losses.",
        (
            ("named_source", "Dr. Camille Archuleta"),
            (
                "expert_source",
                "a wildlife biologist who has studied wolf recovery in the region since 2009",
            ),
            ("anonymous_source", "Ranchers in the valley"),
            ("hedge", "likely"),
            ("named_source", "Bud Hensley"),
            ("media_source", "the Saddleback Sentinel"),
            ("media_source", "The newspaper"),
        ),
    ),
    Passage(
        "winter-37",
        "Work to repair a collapsed embankment on the Brindle Valley line will keep the route "
        "closed until at least the end of February, the operator Northshire Trains said on "
        'Thursday. The embankment gave way after a week of heavy rain in early January. "The '
        "ground is still moving, and until it stops we can't safely rebuild,\" said Hamid "
        "Farouk, a geotechnical engineer working on the repair. Replacement buses are running "
        "between Brindle and Ashwick, but passengers said they were often full by the time "
        "they reached the smaller stations. Fiona Carr, who commutes daily from Ashwick, said "
        "a 40-minute journey now took nearly two hours. The closure could cost local "
        "businesses up to £2m, according to the Brindle Valley Chamber of Commerce.",
        (
            ("named_source", "Hamid Farouk"),
            ("expert_source", "a geotechnical engineer working on the repair"),
            ("anonymous_source", "passengers"),
            ("named_source", "Fiona Carr"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "winter-38",
        "About 1,800 nurses at two hospitals run by Meridale Health began a three-day strike "
        "Thursday, the first walkout at the system in 25 years. The nurses’ union says chronic "
        "understaffing has left members caring for as many as eight patients at a time. “We "
        "are striking for our patients, not for ourselves,” said Rachel Dunne, a union steward "
        "at Meridale General. Meridale Health said it had hired replacement nurses and that "
        "all emergency rooms remained open. A hospital administrator, who requested anonymity "
        "because negotiations are ongoing, said the two sides were close on wages but far "
        "apart on staffing. One nurse on the picket line said she had skipped meal breaks for "
        "months. Another said she was “too tired to be angry anymore.” Talks could resume as "
        "early as Monday, according to the Meridale Daily Press.",
        (
            ("named_source", "Rachel Dunne"),
            ("anonymous_source", "A hospital administrator"),
            ("anonymous_source", "One nurse on the picket line"),
            ("anonymous_source", "Another"),
            ("hedge", "could"),
            ("media_source", "the Meridale Daily Press"),
        ),
    ),
    Passage(
        "winter-39",
        "Plans for 1,200 homes on the edge of Wickholt have been approved by a planning "
        "inspector after a three-year battle with residents. The developer, Marlstone Homes, "
        'said 35 per cent of the properties would be affordable. "We are bitterly '
        'disappointed," said Josephine Akers, chair of the Save Wickholt Fields campaign. The '
        "decision may be challenged in the High Court, she added. A source at the district "
        "council said officers had privately advised councillors that the appeal would "
        "succeed. Akers said the group would meet on Monday to decide its next steps. "
        "Construction is unlikely to begin before 2029.",
        (
            ("named_source", "Josephine Akers"),
            ("hedge", "may"),
            ("anonymous_source", "A source at the district council"),
            ("named_source", "Akers#2"),
            ("hedge", "unlikely"),
        ),
    ),
    Passage(
        "winter-40",
        "Crude oil futures rose 4.1% to $83.20 a barrel on Monday, their biggest one-day gain "
        "since March, after Sandoran officials said a pipeline explosion had halted exports "
        "from the country’s largest oil field. The cause of the blast is unclear. “The market "
        "was already tight, and this takes a meaningful amount of barrels offline,” said Greta "
        "Sorensen, a commodities strategist at Fulton & Reyes. Repairs could take several "
        "weeks, according to a person briefed on the damage assessment. The Prospect Energy "
        "Bulletin reported that tankers were already being diverted to other ports. Gasoline "
        "prices are likely to follow crude higher within days, analysts said.",
        (
            ("anonymous_source", "Sandoran officials"),
            ("hedge", "unclear"),
            ("named_source", "Greta Sorensen"),
            ("expert_source", "a commodities strategist at Fulton & Reyes"),
            ("hedge", "could"),
            ("anonymous_source", "a person briefed on the damage assessment"),
            ("media_source", "The Prospect Energy Bulletin"),
            ("hedge", "likely"),
            ("anonymous_source", "analysts"),
        ),
    ),
)
