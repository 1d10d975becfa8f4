"""Meadow set: 40 annotated news passages, a seventeenth set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes and
``gold_spans``), after the ridge set and at the same time as the brook set, by another writer who
did not read it, without running the extractor, the scorer, the CLI, the tests or the evaluation on
the passages, without reading the extractor's code, features, models or lexicons, and without
reading the other sets' passages (only the docstring and opening two entries of the ridge set, for
the format); surnames, place names and outlet names were checked against the other sets and the
behaviour cases and replaced where they already occurred. The only code run on it, besides ruff,
resolves each gold item to offsets with ``gold_spans`` and counts sentences. Like the sets before
it, it is weighted toward ordinary copy rather than hard cases: routine wire and newspaper stories
of five to eight sentences across many beats (a flood warning, a blocked short-term-rental ban, a
captain's hamstring, damselfish that recognise divers, an agrochemical firm's profit fall, paused
toilet closures, a signalling fault, a pharmacy robbery, an election boycott, a botanical
illustrator's obituary, whooping cough in schools, a takahē chick, a platinum-mine strike, a
rediscovered symphony, a baggage-system failure, a bushfire, software lay-offs, monsoon
waterlogging, a care-home fraud sentencing, a hotel turned into seniors' apartments, a cholera
outbreak, a football defeat, a family-doctor recruitment plan, an earthquake swarm under a volcano,
a hardware chain's profit warning, a medieval cross moved indoors, an arson arrest, gas-field talks,
board examination results, emergency-department waits, a wet potato harvest, a broadband outage, a
cannabis seizure, a tennis withdrawal, a theatre refurbishment, higher bin charges, a landslide, a
football coach's obituary, an airline takeover bid and a ferry grounding), in British, American,
Australian, Irish, Indian, Canadian, New Zealand, South African and Kenyan spelling and conventions,
with straight and curly quotes, double and single. Spread through them are named sources in the
ordinary shapes (name then role, role then name, role and name in apposition, such as "Her nephew,
Julian Ambrey," "The board's chairwoman, Denise Ellacombe," and "Karsland’s foreign minister, Annika
Fredholmsen,"; "Defending, Ruth Hallamshire" and "Sentencing, Judge Michael Ormesher"; titles such
as "U.S. District Judge", "Judge", "City Attorney", "Interior Minister", "Health Minister",
"Municipal Commissioner", "Chief Executive", "Fire Chief", "Mayor", "Detective Inspector", "Lt.",
"Const.", "DC", "Capt.", "Cllr", "Fr", "Ms", "Dr", "Dr.", "Prof", "Professor"; ages; party tags
"(Plaid Cymru)", "(FG)", "(R)" and "(Con)"; sources who wrote, announced, alleged, urged, warned,
praised, "told analysts", "told the court" and "told the annual meeting", and one quoted by a news
agency), later references by surname ("Telfaire said", "Fitzwater said", "Adegboyega said",
"Subramanyan said", "Bergstrand said", "Doiron urged", "Polglass, 52, said", "Trethewan said",
"Bolderwood said", "Hrabovska said", "Mabandla-Zwane said", "Beaudoin-Ferland told", "Ms Bowdler
said", "Fr Ó Loingsigh said") and by role ("The mayor said", "the governor said"); expert
credentials after the name ("a behavioral ecologist at ...", "a fish biologist at the University of
...", "an analyst at ...", "an epidemiologist at ...", "an ecologist at ...", "a technology analyst
at ...", "a public health specialist at ...", "a professor of family medicine at ...", "an
architectural historian at ...", "a computer scientist at ...", "a maritime safety consultant"),
before it ("Senior forecaster", "The art historian", "Mining analyst", "Aviation analyst", "Senior
meteorologist", "Consumer analyst", "Stone conservator", "Education economist", "Agricultural
meteorologist", "Volcanologist") and with a relative clause ("who studies 19th-century American
music at ..."); other outlets cited as subject of "reported" and "first reported", after "according
to" (a local news service, local papers, a business report, a financial newsletter, regional
dailies, a television station), with "told" (radio stations, local papers, a tennis podcast, an arts
podcast, a state news agency), "first reported by" (a newsletter), "seen by", "citing" (a business
daily citing people aware of the matter, a Sunday paper citing people close to the talks), "quoted"
(a state news agency), "speaking to" (a private broadcaster), as a descriptor before the name ("The
state broadcaster", "The public broadcaster", "Local radio station", "The technology website", "The
arts magazine", "The trade magazine", "The Swahili weekly") and as a later reference ("The
newspaper"); unnamed and vague sources (spokeswomen and a spokesman, "A council source", "A staff
member" and "A nurse at ..." behind anonymity clauses, "people familiar with the plans", "two people
aware of the matter", "people close to the talks", "An EU official in the capital", "A Brevanian
official" and "A second official", groups such as "Opposition leaders in Kerevania", "Health
officials in Marshwood County", "local officials", "Lawyers for the homeowners", "Analysts in the
region", "Energy analysts", "Experts", "Meteorologists", "Some neighbors", "Some customers", "Some
parishioners", "Some shareholders at the meeting", "Residents of Gandhi Colony", "Supporters on the
club’s fan forum", "Fans queuing outside the stadium" and "Locals at the evacuation centre at ...",
people at a place such as "One shopkeeper on the high street", "A teacher at a government school in
...", "A local guide" and "The daughter of one resident", "One farmer", "A neighbour", "A neighbor",
"A survivor", "Her son", "Two crew members", "Another analyst" and an elliptical "Another"); hedges
(modals of possibility, "may have", "might", epistemic "should", "likely", "is likely to",
"probably", "possibly", "possible", "perhaps", "reportedly", "allegedly", "appear to", "appeared
to", "appeared" before an adjective, "is expected to", "are expected to", "were expected to", "was
expected to", "was expected", "is understood to", "are understood to", "It is understood", "is
thought to", "are thought to", "is believed to", "are believed to", "is suspected to", "unclear",
"not clear", "not certain", "can't rule out", "could not be ruled out" and "I think"); and
distractors that are not annotated (a journal that a study appeared in, and a publisher speaking for
itself; official figures and a preliminary report; government bodies, an agency, a police
department, a council, a club, a tournament, a theatre, an orchestra, an examination board, a potato
board, an airport, a rail operator and companies speaking for themselves; titles of office such as
"health officer", "medical director", "Union regional secretary", "Board chairperson", "Music
director", "Artistic director", "Tournament director", "Incident controller", "Managing director",
"Lead author", "County health executive", "NDP health critic" and "Parish priest"; people mentioned
who do not speak, including a defendant, an injured captain, a hurt midfielder, a composer, a
striker, a tennis player before she posts, a patient on a trolley and the subjects of two
obituaries; "told reporters", "told investigators" and "told the crowd"; vague quantities such as
"nearly 6 per cent", "about 3,000 members", "at least 40 cases" and "as many as 30 people"; groups
acting rather than speaking, such as "Residents on Pottlebury Lane", "Rescuers", "Authorities",
"Police in Elverston Falls", "A federal judge" before she is named, "a neighbor" who recognised a
suspect and "Actors and crew"; "no evidence", "declined to say", "did not respond"; "due to be
finished"; "can" and "could" of ability, "would" in reported speech and in "would have banned", and
"should" of obligation).

First measurement (2026-12-03, before the passages were read; the extractors of commit
081f7d4, and the same with 90744ba): macro-F1 **0.94** (named 0.96, expert 0.93, anonymous
0.97, outlets 0.89 with recall 0.82, hedges 0.98).
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "meadow-01",
        "Flood warnings remained in place across the Quennow valley on Wednesday after two "
        "days of heavy rain. The Environment Agency said river levels at Pellingford had "
        "peaked overnight but could rise again if more showers arrive on Thursday. Senior "
        "forecaster Imogen Lathersby said a band of rain moving in from the west was likely "
        "to bring another 30mm to higher ground. “The ground is saturated, so even moderate "
        "rain will run straight off the fields,” she said. Residents on Pottlebury Lane spent "
        "the night carrying furniture upstairs. One shopkeeper on the high street said the "
        "water had reached his doorstep for the first time in 20 years. The county council "
        "said the Pellingford bridge may stay closed until the weekend.",
        (
            ("hedge", "could"),
            ("expert_source", "Senior forecaster"),
            ("named_source", "Imogen Lathersby"),
            ("hedge", "likely"),
            ("anonymous_source", "One shopkeeper on the high street"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "meadow-02",
        "A federal judge on Monday temporarily blocked an ordinance in Ketterly Springs that "
        "would have banned most short-term rentals within city limits. U.S. District Judge "
        "Carolyn Ambersleigh wrote that the homeowners who sued were likely to succeed on "
        "their claim that the ban was being applied retroactively. City Attorney Raymond "
        'Telfaire said the city was reviewing the ruling and could appeal. "The ordinance is '
        'lawful, and we intend to defend it," Telfaire said in a statement. Lawyers for the '
        "homeowners called the decision a significant win. The ordinance, passed 5-2 by the "
        "City Council in March, was set to take effect Aug. 1. A hearing on a permanent "
        "injunction is expected to take place this fall.",
        (
            ("named_source", "U.S. District Judge Carolyn Ambersleigh"),
            ("hedge", "likely"),
            ("named_source", "City Attorney Raymond Telfaire"),
            ("hedge", "could"),
            ("named_source", "Telfaire#2"),
            ("anonymous_source", "Lawyers for the homeowners"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "meadow-03",
        "Yarrowdale captain Lachie Tarbolton faces a fitness test before Saturday's "
        "elimination final after hurting his hamstring at training on Tuesday. Coach Damien "
        "Fitzwater said scans had shown a low-grade strain and the club would make a call on "
        "Thursday. \"He's a tough bloke and he'll do everything he can to get up, but we won't "
        'risk him," Fitzwater said. Tarbolton, 29, has kicked 41 goals this season. Radio '
        "station Trackside 927 reported that midfielder Corey Nankervis may also miss the "
        "match after a heavy knock in the second quarter last week. The club did not respond "
        "to questions about the report.",
        (
            ("named_source", "Damien Fitzwater"),
            ("named_source", "Fitzwater#2"),
            ("media_source", "Trackside 927"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "meadow-04",
        "Damselfish living off the coast of the Calvera Islands appear to recognize "
        "individual divers, according to a study published Wednesday in the journal Marine "
        "Cognition. The researchers tracked 60 fish over 18 months. Lead author Dr. Priya "
        "Venugopalan, a behavioral ecologist at Chaddesley State University, said the fish "
        "consistently approached divers who had fed them before while avoiding strangers. "
        "\"It's possible they are using facial features, but we can't rule out other cues such "
        'as wetsuit color," she said. Marcus Adegboyega, a fish biologist at the University '
        "of Lowick who was not involved in the research, said the sample was small and the "
        "results should be treated with caution. \"It's an intriguing result, but it may not "
        'hold in other species," Adegboyega said. The team plans to repeat the experiment '
        "next year with a larger group.",
        (
            ("hedge", "appear to"),
            ("named_source", "Dr. Priya Venugopalan"),
            ("expert_source", "a behavioral ecologist at Chaddesley State University"),
            ("hedge", "possible"),
            ("hedge", "can't rule out"),
            ("named_source", "Marcus Adegboyega"),
            ("expert_source", "a fish biologist at the University of Lowick"),
            ("hedge", "may"),
            ("named_source", "Adegboyega#2"),
        ),
    ),
    Passage(
        "meadow-05",
        "Shares of Kaveriyan Agrotech fell nearly 6 per cent on Tuesday after the company "
        "reported a 22 per cent drop in quarterly profit to ₹184 crore, hit by higher "
        "fertiliser costs. Managing director S. Raghavendra Kuppuswamy told analysts on a "
        "conference call that margins were likely to recover in the second half as input "
        "prices eased. The shares have lost a fifth of their value this year. Meenakshi "
        "Dorairajan, an analyst at Tanvir Securities, said the late arrival of the monsoon "
        "could hurt rural demand for two more quarters. The business daily Arthik Samachar "
        "reported on Monday, citing two people aware of the matter, that the company was in "
        "talks to sell its seeds division. Kaveriyan Agrotech did not respond to an email "
        "seeking comment.",
        (
            ("named_source", "S. Raghavendra Kuppuswamy"),
            ("hedge", "likely"),
            ("named_source", "Meenakshi Dorairajan"),
            ("expert_source", "an analyst at Tanvir Securities"),
            ("hedge", "could"),
            ("media_source", "Arthik Samachar"),
            ("anonymous_source", "two people aware of the matter"),
        ),
    ),
    Passage(
        "meadow-06",
        "Plans to close three public toilets in Aberglasney Bay have been paused after a "
        "petition was signed by more than 2,000 people. Cllr Rhodri Trefgarne (Plaid Cymru), "
        "cabinet member for environment, said the council would look again at 'alternative "
        "funding models', including asking town councils to share the cost. Campaigner Eirlys "
        "Bowdler, 67, who organised the petition, said older residents and people with "
        "medical conditions had been 'left in the lurch'. It is understood the council faces "
        "a £4.2m budget gap next year. A council source said the toilets could still close in "
        "the spring if no partner steps forward. Ms Bowdler said campaigners would keep up "
        "the pressure.",
        (
            ("named_source", "Cllr Rhodri Trefgarne"),
            ("named_source", "Eirlys Bowdler"),
            ("hedge", "It is understood"),
            ("anonymous_source", "A council source"),
            ("hedge", "could"),
            ("named_source", "Ms Bowdler"),
        ),
    ),
    Passage(
        "meadow-07",
        "Commuters on the Ballymoran line faced delays of up to an hour on Monday morning "
        "after a signalling fault near Rathkeel station. A spokeswoman for the rail operator "
        "said engineers had found the fault and services were expected to return to normal by "
        "lunchtime. Commuter Aoife Mackle-Rinn, who travels from Rathkeel to the city each "
        "day, said it was the third breakdown this month. “I’ve stopped telling my boss it "
        "won’t happen again,” she said. Local TD Declan Quillinane (FG) said he would raise "
        "the matter with the Minister for Transport. According to the Rathkeel Nationalist, "
        "the same stretch of track was closed for repairs for a week in February. The "
        "operator has said a €12 million upgrade of the line’s signals is due to be finished "
        "by 2027.",
        (
            ("anonymous_source", "A spokeswoman for the rail operator"),
            ("hedge", "were expected to"),
            ("named_source", "Aoife Mackle-Rinn"),
            ("named_source", "Declan Quillinane"),
            ("media_source", "the Rathkeel Nationalist"),
        ),
    ),
    Passage(
        "meadow-08",
        "Police in Elverston Falls are investigating after a pharmacy on Pellatt Street was "
        "robbed at knifepoint late Saturday. Const. Melanie Doiron said a man wearing a grey "
        "hoodie demanded prescription drugs before fleeing on foot toward the harbour. No one "
        "was injured. The suspect is believed to be in his twenties, she said. A staff "
        "member, who asked not to be named because she feared for her safety, said the man "
        "appeared to know exactly where the drugs were kept. It was the second pharmacy "
        "robbery in the neighbourhood this month, according to CKTF News. Doiron urged anyone "
        "with dashcam footage from the area to contact police.",
        (
            ("named_source", "Const. Melanie Doiron"),
            ("hedge", "is believed to"),
            ("anonymous_source", "A staff member"),
            ("hedge", "appeared to"),
            ("media_source", "CKTF News"),
            ("named_source", "Doiron#2"),
        ),
    ),
    Passage(
        "meadow-09",
        "Opposition leaders in Kerevania said Sunday they would boycott next month's "
        "parliamentary election, accusing the government of jailing rival candidates. "
        'Interior Minister Bogdan Strelac dismissed the accusations as "theater" and said the '
        "vote would go ahead as planned on March 9. An EU official in the capital, who spoke "
        "on condition of anonymity, said several member states were weighing whether to send "
        "observers at all. The state broadcaster DTV reported that turnout could fall below "
        "40 percent, citing an internal government poll. Analysts in the region said the "
        "boycott may deepen the country's political crisis. Strelac's party holds 94 of the "
        "150 seats in parliament.",
        (
            ("anonymous_source", "Opposition leaders in Kerevania"),
            ("named_source", "Interior Minister Bogdan Strelac"),
            ("anonymous_source", "An EU official in the capital"),
            ("media_source", "DTV"),
            ("hedge", "could"),
            ("anonymous_source", "Analysts in the region"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "meadow-10",
        "Margery Hewerdine, the botanical illustrator whose watercolours of alpine plants "
        "hang in galleries across Europe, has died aged 91. Her publisher, Thornapple Press, "
        "said she died peacefully at her home in Lower Whistlecombe on Friday. Her nephew, "
        "Julian Ambrey, said she had been working on a final series of snowdrop paintings "
        "until the spring. “She never stopped looking closely at things,” he said. The art "
        "historian Dr Felicity Kinnersley, who curated a retrospective of her work in 2011, "
        "described her as “probably the finest plant painter of her generation”. She is "
        "survived by a sister, Anne.",
        (
            ("named_source", "Julian Ambrey"),
            ("expert_source", "art historian"),
            ("named_source", "Dr Felicity Kinnersley"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "meadow-11",
        "Health officials in Marshwood County on Thursday confirmed four new cases of "
        "whooping cough among elementary school students, bringing the total this month to "
        "11. Dr. Anita Brogdon, the county's health officer, said all of the children were "
        "recovering at home. \"It is likely that there are more cases we haven't identified "
        'yet, because early symptoms look like a common cold," she said. Thomas Subramanyan, '
        "an epidemiologist at Tilsley University, said vaccination rates in some of the "
        "county's schools had dropped below 85 percent. \"That leaves enough unprotected kids "
        'for the bacteria to spread fairly easily," Subramanyan said. The local newspaper, '
        "the Marshwood Courier, first reported the cluster on Tuesday.",
        (
            ("anonymous_source", "Health officials in Marshwood County"),
            ("named_source", "Dr. Anita Brogdon"),
            ("hedge", "likely"),
            ("named_source", "Thomas Subramanyan"),
            ("expert_source", "an epidemiologist at Tilsley University"),
            ("named_source", "Subramanyan#2"),
            ("media_source", "the Marshwood Courier"),
        ),
    ),
    Passage(
        "meadow-12",
        "A pair of takahē on Tawhiri Island have raised a chick in the wild, the first on the "
        "island in more than a century. Department of Conservation ranger Hemi Paraone said "
        "the chick, which hatched in late November, appeared healthy and was being fed by "
        "both parents. “It’s a huge moment for the island, but we’re holding our breath, "
        "because the first winter is the hardest,” he said. Dr Rachel Tinsworth, an ecologist "
        "at Kaimata University, said the island’s predator-free status was likely the key "
        "factor. Only about 500 takahē are thought to survive, most of them in the southern "
        "mountains. Kōtuku FM reported that volunteers first spotted the chick while clearing "
        "tracks.",
        (
            ("named_source", "Hemi Paraone"),
            ("hedge", "appeared"),
            ("named_source", "Dr Rachel Tinsworth"),
            ("expert_source", "an ecologist at Kaimata University"),
            ("hedge", "likely"),
            ("hedge", "are thought to"),
            ("media_source", "Kōtuku FM"),
        ),
    ),
    Passage(
        "meadow-13",
        "Workers at the Modderkloof platinum mine downed tools on Monday after wage talks "
        "collapsed last week. Union regional secretary Sipho Mabandla-Zwane said about 3,000 "
        "members had joined the strike. “Management has offered us crumbs,” he told the crowd "
        "outside the main shaft. The mine’s owner, Karoodraai Metals, said in a statement "
        "that production had been halted and that it remained open to talks. Mining analyst "
        "Thabo Nqweniso said a prolonged strike could cost the company about R40 million a "
        "week in lost output. According to the Witsrand Business Report, the company is "
        "expected to announce job cuts at two older shafts next month. Mabandla-Zwane said "
        "the strike would continue “until the bosses listen”.",
        (
            ("named_source", "Sipho Mabandla-Zwane"),
            ("expert_source", "Mining analyst"),
            ("named_source", "Thabo Nqweniso"),
            ("hedge", "could"),
            ("media_source", "the Witsrand Business Report"),
            ("hedge", "is expected to"),
            ("named_source", "Mabandla-Zwane#2"),
        ),
    ),
    Passage(
        "meadow-14",
        "A long-lost symphony by the 19th-century composer Elias Brandtmoor will receive its "
        "first performance in more than 150 years next month, the Carlswick Philharmonic "
        "announced Tuesday. The manuscript turned up in a box of sheet music donated to a "
        "church library in Halstow. Music director Lena Bergstrand said the orchestra's "
        'librarians had spent two years reconstructing the missing pages. "Some passages were '
        "water-damaged, so in places we've had to fill in the gaps ourselves,\" Bergstrand "
        "said. Daniel Akintunde-Ige, who studies 19th-century American music at Wrensfield "
        "College, said the piece was probably written in the 1860s. The Halstow Ledger, which "
        "first reported the discovery in March, said the church plans to put the original "
        "pages on display. Tickets for the Oct. 12 concert are expected to sell out quickly.",
        (
            ("named_source", "Lena Bergstrand"),
            ("named_source", "Bergstrand#2"),
            ("named_source", "Daniel Akintunde-Ige"),
            ("expert_source", "who studies 19th-century American music at Wrensfield College"),
            ("hedge", "probably"),
            ("media_source", "The Halstow Ledger"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "meadow-15",
        "Passengers at Fenmoor Airport faced queues of several hours on Friday after a "
        "failure in the baggage system. The airport said its engineers were working “around "
        "the clock” to fix the fault. One passenger, Carl Whitlingham, 44, said he had queued "
        "for three hours to check in for a flight to Spain. Another said she had been told "
        "her suitcase might not make it onto her flight. Aviation analyst Harriet Maplestone "
        "said such failures were often caused by software updates and it may take days to "
        "clear the backlog. The airport is understood to have brought in extra staff from "
        "other sites. The Fenmoor Informer reported that some bags had been sent to the wrong "
        "terminal.",
        (
            ("named_source", "Carl Whitlingham"),
            ("anonymous_source", "Another"),
            ("hedge", "might"),
            ("expert_source", "Aviation analyst"),
            ("named_source", "Harriet Maplestone"),
            ("hedge", "may"),
            ("hedge", "is understood to"),
            ("media_source", "The Fenmoor Informer"),
        ),
    ),
    Passage(
        "meadow-16",
        "Residents of Tindarie have been told to leave immediately as a bushfire burning in "
        "the ranges to the west of the town moves closer. Incident controller Bronwyn Cushnie "
        "said the fire had burnt through more than 4,000 hectares and was likely to reach the "
        "outskirts of town by late afternoon. “If you’re not prepared, leave now,” she said. "
        "Senior meteorologist Dean Cavanough said a southerly change was expected around 6pm "
        "but could bring erratic winds before conditions eased. Locals at the evacuation "
        "centre at the Tindarie showground said they had been given little warning. One "
        "farmer, who did not want to be named, said he had lost most of his fencing. Local "
        "radio station 2YB reported that at least two homes had been destroyed.",
        (
            ("named_source", "Bronwyn Cushnie"),
            ("hedge", "likely"),
            ("expert_source", "Senior meteorologist"),
            ("named_source", "Dean Cavanough"),
            ("hedge", "was expected"),
            ("hedge", "could"),
            ("anonymous_source", "Locals at the evacuation centre at the Tindarie showground"),
            ("anonymous_source", "One farmer"),
            ("media_source", "2YB"),
        ),
    ),
    Passage(
        "meadow-17",
        "Software maker Zentrilo Systems plans to cut about 1,200 jobs, or 8% of its "
        "workforce, according to people familiar with the plans. The cuts, first reported by "
        "the tech newsletter The Byteline, are expected to fall mostly on sales and marketing "
        "teams. In a memo to staff seen by The Byteline, Chief Executive Nadia Hochgesang "
        'wrote that the company had "grown too quickly" over the past two years. A '
        "spokeswoman for the company confirmed the memo but declined to say how many roles "
        "would be affected. Jordan Kirschbaum, a technology analyst at Ravelsworth Research, "
        "said the move could lift margins but may also slow growth. Zentrilo shares rose 4% "
        "in after-hours trading.",
        (
            ("anonymous_source", "people familiar with the plans"),
            ("media_source", "The Byteline"),
            ("hedge", "are expected to"),
            ("media_source", "The Byteline#2"),
            ("named_source", "Chief Executive Nadia Hochgesang"),
            ("anonymous_source", "A spokeswoman for the company"),
            ("named_source", "Jordan Kirschbaum"),
            ("expert_source", "a technology analyst at Ravelsworth Research"),
            ("hedge", "could"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "meadow-18",
        "Waterlogging brought traffic to a standstill in several parts of Nandipuram on "
        "Thursday after the city received 140 mm of rain in six hours. Municipal Commissioner "
        "R. Lakshmikanth Varadan said pumps had been deployed at 32 flooding hotspots and "
        "most roads were expected to be cleared by evening. Residents of Gandhi Colony said "
        "the storm-water drains had not been desilted before the monsoon. Opposition "
        "corporator Farida Begum Sheikhani alleged that the civic body had ignored repeated "
        "complaints. According to a report in the Deccan Vartha, only 40 per cent of the "
        "drain-cleaning work had been completed by June. It is understood that the "
        "corporation has sought ₹60 crore from the state government for emergency repairs.",
        (
            ("named_source", "Municipal Commissioner R. Lakshmikanth Varadan"),
            ("hedge", "were expected to"),
            ("anonymous_source", "Residents of Gandhi Colony"),
            ("named_source", "Farida Begum Sheikhani"),
            ("media_source", "the Deccan Vartha"),
            ("hedge", "It is understood"),
        ),
    ),
    Passage(
        "meadow-19",
        "A former care home manager has been jailed for six years for stealing more than "
        "£90,000 from elderly residents. Sheila Moxley-Baxby, 58, of Holmesdale Road, "
        "Crickworth, admitted 14 counts of fraud at Marlbridge Crown Court. Prosecutor Nigel "
        "Stonecastle told the court she had used residents’ bank cards to pay for holidays "
        "and a car. Defending, Ruth Hallamshire said her client had been struggling with "
        "gambling debts and was “deeply ashamed”. Sentencing, Judge Michael Ormesher said she "
        "had betrayed “the most vulnerable people imaginable”. The daughter of one resident "
        "said outside court that the family may never get the money back. DC Amy Rusholme "
        "said the case showed how easily such abuse had gone unnoticed.",
        (
            ("named_source", "Nigel Stonecastle"),
            ("named_source", "Ruth Hallamshire"),
            ("named_source", "Judge Michael Ormesher"),
            ("anonymous_source", "The daughter of one resident"),
            ("hedge", "may"),
            ("named_source", "DC Amy Rusholme"),
        ),
    ),
    Passage(
        "meadow-20",
        "The Garrisonburg City Council on Tuesday approved a plan to convert a vacant "
        "downtown hotel into 80 apartments for seniors. Mayor Patricia Gudmundsen called the "
        '6-1 vote "a big step toward fixing our housing shortage." Council member Greg '
        "Steinhauer (R), who voted against the plan, said the $14 million price tag was too "
        "high and the developer could still back out. Some neighbors have complained that the "
        "project will bring more traffic to an already congested street. The mayor said "
        "construction was expected to begin next spring. The Garrisonburg Sentry first "
        "reported the hotel's sale in January.",
        (
            ("named_source", "Mayor Patricia Gudmundsen"),
            ("named_source", "Greg Steinhauer"),
            ("hedge", "could"),
            ("anonymous_source", "Some neighbors"),
            ("named_source", "The mayor"),
            ("hedge", "was expected to"),
            ("media_source", "The Garrisonburg Sentry"),
        ),
    ),
    Passage(
        "meadow-21",
        "A cholera vaccination campaign began in Lomara County on Monday after at least 40 "
        "cases were recorded in two weeks. County health executive Dr Wanjiru Kamotho said "
        "the outbreak had been traced to a contaminated borehole in Sokoni ward. Two patients "
        "have died, she said, and a third death is suspected to be linked to the disease. A "
        "nurse at Lomara District Hospital, who asked not to be named because she was not "
        "authorised to speak to the media, said wards were overcrowded and some patients were "
        "sleeping on the floor. The Swahili weekly Sauti ya Lomara reported that residents "
        "had complained about the borehole’s water for months. Prof Otieno Wasike, a public "
        "health specialist at Nyandiwa University, warned that the coming rains could spread "
        "the disease further.",
        (
            ("named_source", "Dr Wanjiru Kamotho"),
            ("hedge", "is suspected to"),
            ("anonymous_source", "A nurse at Lomara District Hospital"),
            ("media_source", "Sauti ya Lomara"),
            ("named_source", "Prof Otieno Wasike"),
            ("expert_source", "a public health specialist at Nyandiwa University"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "meadow-22",
        "Brancepeth Rovers manager Stuart Polglass has admitted his side face a fight to stay "
        "in the automatic promotion places after a 2-1 defeat at Coverack Town on Saturday. "
        "“I think we may have to settle for the play-offs if we keep leaking goals like "
        "that,” he said. Polglass, 52, said injuries to three centre-backs had left him "
        "“scrambling”. Striker Jamal Nnaji is expected to miss the next month with an ankle "
        "problem, the club confirmed. According to the Brancepeth Gleaner, Rovers could move "
        "for a loan defender before the window closes. Supporters on the club’s fan forum "
        "said they were frustrated by the lack of signings in the summer. Coverack boss Gavin "
        "Garvock praised his players’ “character” in the second half.",
        (
            ("named_source", "Stuart Polglass"),
            ("hedge", "I think"),
            ("hedge", "may"),
            ("named_source", "Polglass#2"),
            ("hedge", "is expected to"),
            ("media_source", "the Brancepeth Gleaner"),
            ("hedge", "could"),
            ("anonymous_source", "Supporters on the club’s fan forum"),
            ("named_source", "Gavin Garvock"),
        ),
    ),
    Passage(
        "meadow-23",
        "The provincial government will spend $310 million over five years to recruit 1,500 "
        "more family doctors, Health Minister Claire Beaudoin-Ferland announced Wednesday. "
        "Beaudoin-Ferland told CKVL Radio that about 600,000 residents currently have no "
        'family physician. NDP health critic Raj Grewal-Sandhu called the plan "too little, '
        'too late" and said many of the new doctors could end up in cities rather than rural '
        "areas. Dr. Hélène Marchessault, a professor of family medicine at the Université de "
        "Vallières, said recruitment alone would not solve the problem while burnout kept "
        "pushing physicians out. Rural emergency rooms in the province have closed "
        "temporarily more than 200 times this year.",
        (
            ("named_source", "Health Minister Claire Beaudoin-Ferland"),
            ("named_source", "Beaudoin-Ferland#2"),
            ("media_source", "CKVL Radio"),
            ("named_source", "Raj Grewal-Sandhu"),
            ("hedge", "could"),
            ("named_source", "Dr. Hélène Marchessault"),
            ("expert_source", "a professor of family medicine at the Université de Vallières"),
        ),
    ),
    Passage(
        "meadow-24",
        "A swarm of more than 800 small earthquakes beneath Mount Skarvald over the weekend "
        "has raised concern that the volcano could erupt, possibly within weeks. "
        "Volcanologist Freyja Halldorsdottir of the Nordhavn Volcano Observatory said magma "
        'appeared to be moving toward the surface but an eruption was not certain. "We have '
        'seen swarms like this before that came to nothing," she said. Authorities have '
        "closed two hiking trails and a geothermal spa near the summit as a precaution. A "
        "local guide who has led tours on the mountain for 15 years said visitors had been "
        "canceling bookings since Friday. The public broadcaster NRV reported that the nearby "
        "village of Hallsvik could be evacuated if the activity increases.",
        (
            ("hedge", "could"),
            ("hedge", "possibly"),
            ("expert_source", "Volcanologist"),
            ("named_source", "Freyja Halldorsdottir"),
            ("hedge", "appeared to"),
            ("hedge", "not certain"),
            ("anonymous_source", "A local guide"),
            ("media_source", "NRV"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "meadow-25",
        "Hardware chain Hammerline Group has warned that full-year profit will fall by as "
        "much as 15 per cent as the housing slowdown bites. Chief executive Mark Trethewan "
        "told the annual meeting that sales of timber and building supplies had dropped "
        "sharply since March. Consumer analyst Sophie Rangihaeata, of Wyndhurst Partners, "
        "said the chain was probably losing market share to online rivals. According to The "
        "Tickerline, the company is considering closing up to 12 stores in regional areas. "
        "Trethewan said the board remained “confident in the long-term strategy”. Some "
        "shareholders at the meeting said they were worried the dividend may be cut. Shares "
        "in the company fell 7.3 per cent to $18.42.",
        (
            ("named_source", "Mark Trethewan"),
            ("expert_source", "Consumer analyst"),
            ("named_source", "Sophie Rangihaeata"),
            ("hedge", "probably"),
            ("media_source", "The Tickerline"),
            ("named_source", "Trethewan#2"),
            ("anonymous_source", "Some shareholders at the meeting"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "meadow-26",
        "A medieval stone cross that has stood outside St Brigid’s Church in Dromanagh for "
        "800 years is to be moved indoors to protect it from the weather. Parish priest Fr "
        "Colm Ó Loingsigh said the decision had not been taken lightly. Stone conservator Dr "
        "Niamh Kilmartin said frost had opened cracks in the carved panels that could widen "
        "within a few winters. Some parishioners told the Dromanagh Tidings they felt the "
        "cross belonged where it had always stood. A replica is expected to be installed on "
        "the original site next year. Fr Ó Loingsigh said the original would remain “at the "
        "heart of the parish”.",
        (
            ("named_source", "Fr Colm Ó Loingsigh"),
            ("expert_source", "Stone conservator"),
            ("named_source", "Dr Niamh Kilmartin"),
            ("hedge", "could"),
            ("anonymous_source", "Some parishioners"),
            ("media_source", "the Dromanagh Tidings"),
            ("hedge", "is expected to"),
            ("named_source", "Fr Ó Loingsigh"),
        ),
    ),
    Passage(
        "meadow-27",
        "A man suspected of setting fire to three vacant houses on the city's east side was "
        "arrested Monday, the Brookhaven Police Department said. Lt. Dana Krupinski said the "
        "34-year-old was taken into custody after a neighbor recognized him from surveillance "
        "footage. The fires, all set within a week in August, may be linked to a dispute over "
        "scrap metal, she said. A neighbor, who asked not to be identified for fear of "
        "retaliation, said the man had been seen going in and out of the houses for weeks. "
        "Fire Chief Luis Arrufat said no one was hurt, though one firefighter suffered a "
        "minor burn. According to WBRK-TV, the man has a previous conviction for arson. It "
        "was unclear whether he had a lawyer.",
        (
            ("named_source", "Lt. Dana Krupinski"),
            ("hedge", "may"),
            ("anonymous_source", "A neighbor"),
            ("named_source", "Fire Chief Luis Arrufat"),
            ("media_source", "WBRK-TV"),
            ("hedge", "unclear"),
        ),
    ),
    Passage(
        "meadow-28",
        "Talks between Karsland and Brevania over a disputed offshore gas field ended without "
        "agreement on Friday. Karsland’s foreign minister, Annika Fredholmsen, told reporters "
        "after the talks that “significant gaps” remained. A Brevanian official, speaking on "
        "condition of anonymity, said the two sides were still far apart on how to share "
        "revenue. A second official said a further round could take place next month. "
        "Brevania’s state news agency Brevpress quoted the energy minister, Dario Melnikas, "
        "as saying his country would “not give up a single metre” of the field. Energy "
        "analysts said the standoff was likely to keep regional gas prices high through the "
        "winter.",
        (
            ("named_source", "Annika Fredholmsen"),
            ("anonymous_source", "A Brevanian official"),
            ("anonymous_source", "A second official"),
            ("hedge", "could"),
            ("media_source", "Brevpress"),
            ("named_source", "Dario Melnikas"),
            ("anonymous_source", "Energy analysts"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "meadow-29",
        "The pass percentage in the state’s Class 12 board examinations rose to 87.4 per cent "
        "this year, the Board of Secondary Education announced on Friday. Board chairperson "
        "Dr Shalini Bandyopadhyay said girls had outperformed boys for the sixth year in a "
        "row. Education economist Arvind Kolhatkar said the gains may partly reflect more "
        "lenient marking since the pandemic. Results for about 40,000 students whose answer "
        "sheets were re-evaluated are likely to be released next week. A teacher at a "
        "government school in Palamgiri district, who did not wish to be named, said many "
        "students had struggled with the new mathematics syllabus. According to the regional "
        "daily Janapatha, three districts recorded pass rates below 70 per cent.",
        (
            ("named_source", "Dr Shalini Bandyopadhyay"),
            ("expert_source", "Education economist"),
            ("named_source", "Arvind Kolhatkar"),
            ("hedge", "may"),
            ("hedge", "likely"),
            ("anonymous_source", "A teacher at a government school in Palamgiri district"),
            ("media_source", "Janapatha"),
        ),
    ),
    Passage(
        "meadow-30",
        "Patients at Ashborough General Hospital waited an average of nine hours in its "
        "emergency department last month, figures show. A hospital spokesman said the trust "
        "was “working hard” to reduce delays and had opened 20 extra beds. Dr Helen Morcombe, "
        "the trust’s medical director, said winter pressures had arrived early this year. One "
        "patient, an 81-year-old woman with a broken hip, reportedly spent 31 hours on a "
        "trolley. Her son told Radio Ashborough that staff had been “run off their feet”. "
        "Local MP Caroline Frettingham (Con) said she would raise the figures in Parliament. "
        "Experts have warned the situation could worsen if flu cases keep rising.",
        (
            ("anonymous_source", "A hospital spokesman"),
            ("named_source", "Dr Helen Morcombe"),
            ("hedge", "reportedly"),
            ("anonymous_source", "Her son"),
            ("media_source", "Radio Ashborough"),
            ("named_source", "Caroline Frettingham"),
            ("anonymous_source", "Experts"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "meadow-31",
        "Potato growers in the Cullernie Valley are racing to get their crop out of the "
        "ground after three weeks of rain left fields waterlogged. Farmer Gordon MacPhedran, "
        "whose family has grown potatoes near Cullernie Landing for four generations, said "
        'about a third of his crop was still in the ground. "If we get a hard frost before '
        "it's out, we could lose the lot, or perhaps half of it if we're lucky,\" he said. The "
        "provincial potato board said up to 20 per cent of the crop may not be harvested. "
        "Agricultural meteorologist Dr. Kendra Echezona said drier weather was forecast for "
        "next week but might come too late for some fields. The trade magazine Tuber Weekly "
        "reported that some processors have already warned of higher french fry prices.",
        (
            ("named_source", "Gordon MacPhedran"),
            ("hedge", "could"),
            ("hedge", "perhaps"),
            ("hedge", "may"),
            ("expert_source", "Agricultural meteorologist"),
            ("named_source", "Dr. Kendra Echezona"),
            ("hedge", "might"),
            ("media_source", "Tuber Weekly"),
        ),
    ),
    Passage(
        "meadow-32",
        "Thousands of customers of broadband provider Vantorel were left without internet for "
        "most of Tuesday after what the company called “a network equipment fault”. Vantorel "
        "said service had been fully restored by 7pm and that there was no evidence of a "
        "cyber attack. Some customers said on social media that they had been unable to reach "
        "the company’s helpline for hours. Professor Alan Pinchcombe, a computer scientist at "
        "Caverleigh University, said outages of this kind were often caused by a faulty "
        "software update being pushed out to routers. The technology website Wirebound said "
        "the outage appeared to have begun at a data centre in the north of England. The "
        "company is thought to have lost about 40,000 customers to rivals in the past year.",
        (
            ("anonymous_source", "Some customers"),
            ("named_source", "Professor Alan Pinchcombe"),
            ("expert_source", "a computer scientist at Caverleigh University"),
            ("media_source", "Wirebound"),
            ("hedge", "appeared to"),
            ("hedge", "is thought to"),
        ),
    ),
    Passage(
        "meadow-33",
        "A 27-year-old Cooranbah man has been charged after police allegedly found 40 "
        "kilograms of cannabis in a shed on his property. Detective Inspector Karen "
        "Bolderwood said officers executed a search warrant at the property on Tuesday "
        "morning. “This is one of the largest seizures we’ve made in the region this year,” "
        "she said. The man is expected to appear in Cooranbah Magistrates Court on Thursday. "
        "A neighbour told the Cooranbah Chronicle she had noticed a strong smell coming from "
        "the shed for weeks. Bolderwood said further charges could not be ruled out.",
        (
            ("hedge", "allegedly"),
            ("named_source", "Detective Inspector Karen Bolderwood"),
            ("hedge", "is expected to"),
            ("anonymous_source", "A neighbour"),
            ("media_source", "the Cooranbah Chronicle"),
            ("named_source", "Bolderwood#2"),
            ("hedge", "could not be ruled out"),
        ),
    ),
    Passage(
        "meadow-34",
        "Top seed Marta Hrabovska has withdrawn from the Foxlease Open with a wrist injury, "
        "the tournament said in a statement on Wednesday. Hrabovska said on social media that "
        "she had felt pain during practice and did not want to “make it worse”. Her coach, "
        "Pieter Van Achterveld, told the tennis podcast Baseline Talk that the injury was not "
        "serious and she should be fit for the next major. Tournament director Simon "
        "Verheecke said ticket holders for Thursday’s session would be offered refunds. Fans "
        "queuing outside the stadium said they were disappointed but understood the decision.",
        (
            ("named_source", "Hrabovska#2"),
            ("named_source", "Pieter Van Achterveld"),
            ("media_source", "Baseline Talk"),
            ("hedge", "should"),
            ("named_source", "Simon Verheecke"),
            ("anonymous_source", "Fans queuing outside the stadium"),
        ),
    ),
    Passage(
        "meadow-35",
        "The Gilded Thimble Theatre in Tamworthy will close for 18 months for a £6m "
        "refurbishment, the theatre has announced. Artistic director Olwen Tudgay-Jarman told "
        "the arts podcast Stage Left Weekly that the building’s roof “may not survive another "
        "winter” without repairs. Professor David Lathwell, an architectural historian at the "
        "University of Tamworthy, said the 1890s auditorium was one of the best-preserved of "
        "its kind in the country. Actors and crew who work at the theatre are understood to "
        "have been offered work at a sister venue during the closure. The arts magazine "
        "Curtain Call reported that the project could run over budget. A spokeswoman for the "
        "theatre said the costs had been “carefully checked”.",
        (
            ("named_source", "Olwen Tudgay-Jarman"),
            ("media_source", "Stage Left Weekly"),
            ("hedge", "may"),
            ("named_source", "Professor David Lathwell"),
            ("expert_source", "an architectural historian at the University of Tamworthy"),
            ("hedge", "are understood to"),
            ("media_source", "Curtain Call"),
            ("hedge", "could"),
            ("anonymous_source", "A spokeswoman for the theatre"),
        ),
    ),
    Passage(
        "meadow-36",
        "Householders in Ballinvore face higher bin charges from January after the county "
        "council approved a new waste contract. Cathaoirleach Cllr Siobhán Ní Bhriain said "
        "the increase, about €4 a month for most homes, was “unavoidable” given rising "
        "landfill levies. Independent councillor Pádraig Hennelly said the contract had been "
        "rushed through and could leave the council tied to a single operator for a decade. A "
        "council official told the meeting the tender had followed all procurement rules. The "
        "Ballinvore Telegraph reported last week that two bidders had withdrawn from the "
        "process. It is not clear whether the charge will apply to households that use the "
        "council’s recycling centres.",
        (
            ("named_source", "Cllr Siobhán Ní Bhriain"),
            ("named_source", "Pádraig Hennelly"),
            ("hedge", "could"),
            ("anonymous_source", "A council official"),
            ("media_source", "The Ballinvore Telegraph"),
            ("hedge", "not clear"),
        ),
    ),
    Passage(
        "meadow-37",
        "A landslide triggered by days of heavy rain buried at least a dozen homes in a "
        "mountain village in northern Solvaria on Tuesday, local officials said. Rescuers "
        "were searching for as many as 30 people who are believed to be trapped under mud and "
        "rock. The regional governor, Tomas Ilievski, told the state news agency Solpress "
        "that heavy machinery could not reach the village because the only road had been "
        "washed away. A survivor, speaking to the private broadcaster Zoravision, said she "
        'had heard "a roar like thunder" before the hillside gave way. The death toll is '
        "likely to rise, the governor said. Meteorologists said more rain was expected later "
        "in the week.",
        (
            ("anonymous_source", "local officials"),
            ("hedge", "are believed to"),
            ("named_source", "Tomas Ilievski"),
            ("media_source", "Solpress"),
            ("anonymous_source", "A survivor"),
            ("media_source", "Zoravision"),
            ("hedge", "is likely to"),
            ("named_source", "the governor"),
            ("anonymous_source", "Meteorologists"),
            ("hedge", "was expected"),
        ),
    ),
    Passage(
        "meadow-38",
        "Ray Haugstad, who coached football at Glenbervie Creek High School for 38 years and "
        "won five state championships, died Saturday at his home in Tillerman Falls. He was "
        "86. His daughter, Linda Kesselring, said he died after a short illness. Former "
        "player Marcus Trewern, now an assistant coach at the state university, said Haugstad "
        '"taught a lot of us how to be men before he taught us football." The Tillerman Falls '
        "Gazette reported that the school plans to rename its stadium in his honor. Funeral "
        "arrangements are expected to be announced later this week. Haugstad is survived by "
        "his wife of 61 years, Judith, three children and nine grandchildren.",
        (
            ("named_source", "Linda Kesselring"),
            ("named_source", "Marcus Trewern"),
            ("media_source", "The Tillerman Falls Gazette"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "meadow-39",
        "Shares in regional carrier Westwind Air jumped 18pc in early trading on Monday after "
        "the Sunday Courier reported that a US private equity firm was preparing a takeover "
        "bid. The newspaper, citing people close to the talks, said the firm, Ardfallon "
        "Capital, could offer about €2 a share. Westwind Air said it was not aware of any "
        "approach. It is understood that the board has hired advisers to handle any offer. "
        "Aviation analyst Ciarán Mulvihill, of Liffeyside Stockbrokers, said a bid “makes "
        "sense” given the airline’s low valuation but warned that any deal might face "
        "scrutiny from competition regulators. Another analyst, who asked not to be named, "
        "said a rival bidder could emerge.",
        (
            ("media_source", "Sunday Courier"),
            ("media_source", "The newspaper"),
            ("anonymous_source", "people close to the talks"),
            ("hedge", "could"),
            ("hedge", "It is understood"),
            ("expert_source", "Aviation analyst"),
            ("named_source", "Ciarán Mulvihill"),
            ("hedge", "might"),
            ("anonymous_source", "Another analyst"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "meadow-40",
        "A passenger ferry that ran aground off Gorran Point last month may have been "
        "traveling too fast for the conditions, according to a preliminary report released "
        "Thursday by the Marine Safety Board. The board's chairwoman, Denise Ellacombe, said "
        'the investigation was still at an early stage. "We are not drawing any conclusions '
        'about the cause yet," she said. Two crew members told investigators that the radar '
        "appeared to be malfunctioning in the minutes before the grounding, the report said. "
        "Capt. Robert Foxwell, a maritime safety consultant who spent 20 years teaching "
        "navigation at the Stannary Maritime Academy, said fog in the channel often forms "
        "within minutes. The Gorran Point Herald first reported on Tuesday that the ferry's "
        "speed had been logged at 18 knots. Seventeen passengers were treated for minor "
        "injuries.",
        (
            ("hedge", "may have"),
            ("named_source", "Denise Ellacombe"),
            ("anonymous_source", "Two crew members"),
            ("hedge", "appeared to"),
            ("named_source", "Capt. Robert Foxwell"),
            ("expert_source", "a maritime safety consultant"),
            ("media_source", "The Gorran Point Herald"),
        ),
    ),
)
