"""Autumn set: 40 annotated news passages, an eleventh set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes), after the
summer set, without running the extractor, the scorer, the CLI, the tests or the evaluation on
the passages, without reading the extractor's code, features, models or lexicons, and without
reading the other sets' passages (only the opening two entries of the summer set, for the format).
Like the sets before it, it is weighted toward ordinary copy rather than hard cases: routine wire
and newspaper stories of five to eight sentences across many beats (courts, politics, health,
science, business, markets, sport, local government, foreign news, technology, weather, culture,
education, crime, environment, transport, labour, housing, agriculture, energy, religion, an
obituary, press freedom, aviation, currencies, wildlife, shipping), in British and American
spelling, with straight and curly quotes. Spread through them are named sources in the ordinary
shapes (name then role, role then name, role and name in apposition, including possessive roles
such as "The hospital network's spokeswoman, Dana Ekwueme," and "The union's regional organiser,
Bev Stanislawski,"; titles such as "Dr." and "Dr", "Ms", "Sen.", "Rep.", "Gen.", "Governor", "Cllr",
"Det Insp", "Det Con", "Mr Justice", "Professor", "Prof." and "Prof", "Judge", "Sheriff",
"Coach", "Superintendent"; ages; party tags such as "(R-Neb.)" and "D-N.M."; inverted "said X";
"said one, Margaret Dunphy, 72"), later references by surname ("Ambersen said", "Ferriter also
confirmed", "which Haddow-Brevik said") and by role ("the manager", "the bishop", "The mayor",
"the sheriff"); expert credentials after the name, before it ("Security researcher", "Maritime
lawyer") and as relative clauses about teaching or experience ("who teaches criminal procedure at
...", "a structural engineer who has surveyed school buildings in the county for 20 years", "a
former accident investigator who now runs a flight safety consultancy"), including an analyst and
a bank's chief economist; other outlets cited as subject of "reported" (with "citing") and
"published", after "according to", with "told", "in an interview with", "first reported by",
"seen by", "obtained by", as "State television", "the state news agency" and "local media", and
as later references ("the newspaper", "The broadcaster", "the station", "the Journal"); unnamed
and vague sources (officials, anonymity clauses, "people familiar with the matter", "a person
with knowledge of the team's medical evaluation", "one of the officials", groups such as
"Commuters", "Landlords", "Fishing groups", "Some currency traders", "Journalists at the
channel", people at a place such as "Residents of Lower Lisk" and "Villagers returning to
Vrastel", "One MP", "one parishioner" and an elliptical "Another", unnamed spokespeople who make
a statement); hedges (modals of possibility, "possible", "possibly", "perhaps", "likely",
"unlikely", "probably", "reportedly", "allegedly", "apparently", "rumored", "is expected",
"were expected to", "are believed to", "is understood to", "is thought to", "appears to",
"suggest", "I think", "We can't be sure", "It was unclear", "not immediately clear"); and
distractors that are not annotated (outlets named but not cited, among them a channel that is
the subject of the story and a former employer; a journal a study appeared in, a listing site's
figures, a consent order, an engineering report, government bodies and a monitoring group
speaking or cited with "according to"; titles of office such as "director of public health",
"education director" and "head of warnings"; a witness who farms; people mentioned who do not
speak; people at whom a statement was aimed ("told analysts", "told reporters"); organisations
speaking for themselves; "citing" of reasons by a bishop; vague quantities such as "about 9,000
adults", "as many as 40 colleagues" and "At least a dozen people"; "found no evidence",
"declined to comment", "did not respond to a request for comment", the month "May", "can" and
"could" of ability, "would" in reported speech and of a proposal, "should" of obligation, "30%
less likely" as a statistic, "unexpectedly", "profit forecast" as a noun, and pronoun and
relative-pronoun sources).

First measurement (2026-12-03, the extractors at commit 9fc1a1b, before this set was read):
macro-F1 0.95 (named 0.97, expert 0.95, unnamed 0.91, media 0.95, hedges 0.98). Its errors
were then read and their classes fixed.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "autumn-01",
        "A state appeals court on Monday overturned the fraud conviction of a former Quennock "
        "County treasurer, ruling that jurors had been given faulty instructions on intent. "
        "Writing for a unanimous three-judge panel, Judge Rosalind Thistlewood said the trial "
        "judge had “left the jury to guess” what the law required. The former treasurer, "
        "Dwight Kessendorf, 61, was sentenced in 2022 to four years in prison for diverting "
        "$2.3 million in county money to a consulting firm he controlled. Prosecutors may try "
        "him again, said Lyle Ambersen, who teaches criminal procedure at Corwin Law School. "
        "“The ruling is narrow. I think the state will retry it,” Ambersen said. A spokeswoman "
        "for the attorney general said the office was reviewing the decision.",
        (
            ("named_source", "Judge Rosalind Thistlewood"),
            ("hedge", "may"),
            ("named_source", "Lyle Ambersen"),
            ("expert_source", "who teaches criminal procedure at Corwin Law School"),
            ("hedge", "I think"),
            ("named_source", "Ambersen#2"),
            ("anonymous_source", "A spokeswoman for the attorney general"),
        ),
    ),
    Passage(
        "autumn-02",
        "The Chancellor, Araminta Dowsett-Sowerby, is under pressure from her own backbenchers "
        "to drop a planned rise in fuel duty, according to three MPs from the governing party "
        "who spoke on condition of anonymity. One MP said as many as 40 colleagues could vote "
        "against the measure. Ms Dowsett-Sowerby told the Ledgerwick Post on Sunday that she "
        "had “no intention of blinking”. The Treasury is understood to be drawing up a "
        "compromise that would phase the increase in over two years. The opposition’s Treasury "
        "spokesman, Alun Trelawny-Vosper, said the row showed “a government at war with "
        "itself”. A vote is expected before the end of the month.",
        (
            ("anonymous_source", "three MPs from the governing party"),
            ("anonymous_source", "One MP"),
            ("hedge", "could"),
            ("named_source", "Ms Dowsett-Sowerby"),
            ("media_source", "Ledgerwick Post"),
            ("hedge", "is understood to"),
            ("named_source", "Alun Trelawny-Vosper"),
            ("hedge", "is expected"),
        ),
    ),
    Passage(
        "autumn-03",
        "Patients who got a follow-up phone call from a nurse within two days of leaving "
        "hospital were 30% less likely to be readmitted within a month, according to a study "
        "published Wednesday in the journal Clinical Care Outcomes. The trial, run across 14 "
        "hospitals in the Merrivale Health system, enrolled about 9,000 adults with heart "
        "failure. “It’s a cheap intervention, and it works,” said Dr. Hannah Voskuijlen, a "
        "cardiologist at Saint Albric Medical Center who led the study. The calls may have "
        "helped patients spot warning signs such as sudden weight gain earlier, she said. Dr. "
        "Marcus Teller, a health economist at Wendmoor University who was not involved in the "
        "research, said the savings were probably larger than the published figures. Few "
        "insurers currently pay for such calls.",
        (
            ("named_source", "Dr. Hannah Voskuijlen"),
            ("expert_source", "a cardiologist at Saint Albric Medical Center"),
            ("hedge", "may"),
            ("named_source", "Dr. Marcus Teller"),
            ("expert_source", "a health economist at Wendmoor University"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "autumn-04",
        "Shares in Lindbury Freight fell 11% on Thursday after the logistics group cut its "
        "full-year profit forecast, blaming weaker demand from retailers. The company said in "
        "a statement that volumes in its European parcel business had dropped for a third "
        "straight quarter. “The guidance cut was bigger than the market had braced for,” said "
        "Tobias Grindlay-Pascombe, an analyst at Fairmount Securities. Chief executive Lena "
        "Bortolazzi told analysts on a conference call that conditions might improve in the "
        "second half but that she was “not counting on it”. The company could be forced to "
        "sell its air cargo arm, two people close to the board said. The wider market closed "
        "little changed.",
        (
            ("named_source", "Tobias Grindlay-Pascombe"),
            ("expert_source", "an analyst at Fairmount Securities"),
            ("named_source", "Lena Bortolazzi"),
            ("hedge", "might"),
            ("hedge", "could"),
            ("anonymous_source", "two people close to the board"),
        ),
    ),
    Passage(
        "autumn-05",
        "Skelbrook United manager Declan Ferriter said on Friday that his captain, Joachim "
        "Stålberg, would be fit for Saturday's derby against Corlby Athletic despite a "
        "hamstring strain. Stålberg limped off in the first half at Hexley last week and "
        "missed training on Wednesday. \"He's ahead of where we thought he'd be,\" Ferriter "
        "said. The Skelbrook Echo reported that the midfielder had not yet run at full speed. "
        "Ferriter also confirmed that the club had turned down a bid for striker Ade Olumide. "
        '"Nobody is leaving in January," the manager said. The match will be shown live on '
        "Coastline Sports.",
        (
            ("named_source", "Declan Ferriter"),
            ("named_source", "Ferriter#2"),
            ("media_source", "Skelbrook Echo"),
            ("named_source", "Ferriter#3"),
            ("named_source", "the manager"),
        ),
    ),
    Passage(
        "autumn-06",
        "Councillors in Thornwick Vale have voted to close two of the district’s five public "
        "toilets to save £180,000 a year. Cllr Bernadette Quarshie-Lowry, the council’s "
        "cabinet member for finance, said the authority had “no painless options left”. "
        "Opposition leader Cllr Graham Scowcroft said the closures would hit older residents "
        "and young families hardest. Some traders on the high street said they feared losing "
        "visitors to neighbouring towns. “People will just go to Brindlecombe Cross instead,” "
        "said one café owner, who did not want to be named. The toilets are likely to shut in "
        "April.",
        (
            ("named_source", "Cllr Bernadette Quarshie-Lowry"),
            ("named_source", "Cllr Graham Scowcroft"),
            ("anonymous_source", "Some traders on the high street"),
            ("anonymous_source", "one café owner"),
            ("hedge", "likely"),
        ),
    ),
    Passage(
        "autumn-07",
        "Security forces in the Kestrian capital, Valdora, fired tear gas on Saturday to "
        "disperse several thousand protesters demanding the release of jailed opposition "
        "leaders, witnesses said. At least a dozen people were hurt, according to a doctor at "
        "the city's main hospital who asked not to be named because he was not authorised to "
        "speak to the press. It was unclear how many people had been detained. State "
        "television said protesters had attacked police with stones. The interior minister, "
        'Radu Vescan, said in a televised address that the government would "not tolerate '
        "chaos in the streets\". The unrest could spread to other cities before next month's "
        "election, said Ilse Tjernagel, a political scientist at the University of Norrhaven. "
        "Internet access in parts of the capital appeared to have been cut, the monitoring "
        "group NetWatch Solara said.",
        (
            ("anonymous_source", "witnesses"),
            ("anonymous_source", "a doctor at the city's main hospital"),
            ("hedge", "It was unclear"),
            ("media_source", "State television"),
            ("named_source", "Radu Vescan"),
            ("hedge", "could"),
            ("named_source", "Ilse Tjernagel"),
            ("expert_source", "a political scientist at the University of Norrhaven"),
            ("hedge", "appeared to"),
        ),
    ),
    Passage(
        "autumn-08",
        "A colony of freshwater pearl mussels has been found in a stretch of the River Tallan "
        "where the species was thought to have died out in the 1970s. Surveyors from the "
        "Tallan Rivers Trust counted more than 300 mussels, some of them possibly 80 years "
        "old. “It’s an astonishing find,” said Dr Fiona McAllister-Rennie, a freshwater "
        "ecologist at the University of Inverclachan. She said the mussels might have survived "
        "because a weir upstream had shielded them from farm run-off. The trust said it would "
        "ask landowners to fence off the banks to keep cattle out. The exact location is being "
        "kept secret to deter poachers.",
        (
            ("hedge", "was thought to"),
            ("hedge", "possibly"),
            ("named_source", "Dr Fiona McAllister-Rennie"),
            ("expert_source", "a freshwater ecologist at the University of Inverclachan"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "autumn-09",
        "Quillfeather, the Port Sellick-based maker of note-taking software, is in talks to "
        "buy its smaller rival Inkstone for about $400 million, the Harbor Ledger reported on "
        "Tuesday, citing people familiar with the matter. A deal could be announced as soon as "
        "next week, the newspaper said. Quillfeather declined to comment. Inkstone, which has "
        "long been rumored to be for sale, said in an email that it had “nothing to announce.” "
        "The two companies have competed for corporate customers since Inkstone launched in "
        "2019. Eleanor Fitch, a software analyst at Penrose Partners, said Quillfeather was "
        "probably paying for Inkstone's customer list rather than its technology.",
        (
            ("media_source", "Harbor Ledger"),
            ("anonymous_source", "people familiar with the matter"),
            ("hedge", "could"),
            ("media_source", "the newspaper"),
            ("hedge", "rumored"),
            ("named_source", "Eleanor Fitch"),
            ("expert_source", "a software analyst at Penrose Partners"),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "autumn-10",
        "An amber warning for heavy rain has been issued for the Carrowmane uplands from "
        "Thursday evening, with up to 80mm possible on high ground. The National Weather "
        "Bureau said rivers in the Lisk valley were already high after a wet fortnight and "
        "that some roads may flood. “This is the kind of rain that turns a small stream into a "
        "torrent within an hour,” said the bureau’s head of warnings, Owen Tregarthen. "
        "Residents of Lower Lisk, which flooded twice last winter, said they had already moved "
        "furniture upstairs. “You learn,” said one, Margaret Dunphy, 72. The warning runs "
        "until noon on Saturday.",
        (
            ("hedge", "possible"),
            ("hedge", "may"),
            ("named_source", "Owen Tregarthen"),
            ("anonymous_source", "Residents of Lower Lisk"),
            ("named_source", "Margaret Dunphy"),
        ),
    ),
    Passage(
        "autumn-11",
        "A previously unknown sketchbook by the landscape painter Theodora Fairbrass has been "
        "found in the attic of a farmhouse near Brackenmoor, the Ferrant Gallery announced on "
        "Monday. The 42 drawings, mostly of coastal scenes, are believed to date from the "
        "summer of 1893. “You can see her working out the composition of ‘Low Tide at Sarn’ "
        "page by page,” said Dr. Julian Vermeulen-Stokes, the gallery’s director. Beatrix "
        "Olafsdottir, an art historian who has written two books on Fairbrass, called the find "
        "“perhaps the most important since the 1960s”. The sketchbook will go on display in "
        "October. The family who found it have not been identified.",
        (
            ("hedge", "are believed to"),
            ("named_source", "Dr. Julian Vermeulen-Stokes"),
            ("named_source", "Beatrix Olafsdottir"),
            ("expert_source", "an art historian who has written two books on Fairbrass"),
            ("hedge", "perhaps"),
        ),
    ),
    Passage(
        "autumn-12",
        "The Larkin Springs school board voted 5-2 on Tuesday night to push back high school "
        "start times by 45 minutes beginning next fall. Superintendent Carla Winterbottom said "
        "research consistently shows that teenagers learn better when they get more sleep. "
        "Board member Rick Vandersloot, one of the two dissenters, said the change would upend "
        "bus routes and after-school jobs. Several parents at the meeting said they had not "
        "been consulted. “I found out from a neighbor,” said one father, who asked that his "
        "name not be used. The district says the later start could cost $600,000 a year in "
        "added transportation.",
        (
            ("named_source", "Superintendent Carla Winterbottom"),
            ("named_source", "Rick Vandersloot"),
            ("anonymous_source", "Several parents at the meeting"),
            ("anonymous_source", "one father"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "autumn-13",
        "A 34-year-old man has been charged with attempted murder after a woman was stabbed "
        "outside a nightclub in Fenlow Quay in the early hours of Sunday. Det Insp Naomi "
        "Gulliford said the victim, 27, remained in hospital in a serious but stable "
        "condition. The man, Kieran Mottram, of Harbour Road, is due to appear before "
        "magistrates on Monday. Officers are believed to be examining CCTV from several bars "
        "nearby. One witness told the Quayside Gazette she had seen two people arguing moments "
        'before the attack. "We need to hear from anyone with dashcam footage," Gulliford '
        "said.",
        (
            ("named_source", "Det Insp Naomi Gulliford"),
            ("hedge", "are believed to"),
            ("anonymous_source", "One witness"),
            ("media_source", "Quayside Gazette"),
            ("named_source", "Gulliford#2"),
        ),
    ),
    Passage(
        "autumn-14",
        "State regulators have fined a Wilcombe Basin poultry processor $1.2 million for "
        "repeatedly discharging untreated wastewater into Tanglewick Creek, according to a "
        "consent order made public Friday. The plant, owned by Sunbright Farms, exceeded its "
        "permitted limits for ammonia on at least 47 days over two years, the order says. "
        "Sunbright said in a statement that it had invested $8 million in a new treatment "
        "system. “The fine is a rounding error for a company that size,” said Teresa "
        "Vandergriff, director of the Wilcombe Basin Waterkeeper. Ammonia levels in the creek "
        "may take years to return to normal, said Dr. Samuel Adebanjo, an aquatic toxicologist "
        "at Brennard State University. The Wilcombe Courier published photographs of dead fish "
        "along the creek last summer.",
        (
            ("named_source", "Teresa Vandergriff"),
            ("hedge", "may"),
            ("named_source", "Dr. Samuel Adebanjo"),
            ("expert_source", "an aquatic toxicologist at Brennard State University"),
            ("media_source", "Wilcombe Courier"),
        ),
    ),
    Passage(
        "autumn-15",
        "Passengers on the Hesketh line face another month of disruption after engineers found "
        "further cracks in the Garrow viaduct, the rail operator said on Wednesday. "
        "Replacement buses will run between Garrow and Millwhin until at least 14 November. "
        "Fellside Rail’s operations director, Sunita Kharbanda, said the repair was “more "
        "complex than anyone anticipated”. The viaduct, built in 1871, may need to be partly "
        "rebuilt, according to an engineering report seen by the Hesketh Courier. Commuters "
        "said the buses were often late and overcrowded. “I’ve missed three shifts this "
        "month,” said one nurse who travels from Millwhin every day. The operator said it "
        "would refund season ticket holders for the weeks of the closure.",
        (
            ("named_source", "Sunita Kharbanda"),
            ("hedge", "may"),
            ("media_source", "Hesketh Courier"),
            ("anonymous_source", "Commuters"),
            ("anonymous_source", "one nurse"),
        ),
    ),
    Passage(
        "autumn-16",
        "Nurses at two Delvane hospitals will walk off the job Monday unless a deal is reached "
        "over staffing levels, their union said Friday. The Delvane Nurses Association says "
        "its members are routinely assigned six or more patients per shift. “We are exhausted, "
        "and our patients are paying the price,” said Kathleen Moriarty-Kellas, the union's "
        "vice president. The hospital network's spokeswoman, Dana Ekwueme, said it had offered "
        "a 14% raise over three years and had contingency plans in place. Talks were expected "
        "to resume over the weekend, according to a mediator's schedule obtained by the "
        "Delvane Daily Register.",
        (
            ("named_source", "Kathleen Moriarty-Kellas"),
            ("named_source", "Dana Ekwueme"),
            ("hedge", "were expected to"),
            ("media_source", "Delvane Daily Register"),
        ),
    ),
    Passage(
        "autumn-17",
        "Average private rents in Strathmorven rose 9.4% in the year to September, according "
        "to figures from the letting site HomeHunt. “Tenants are being squeezed from every "
        "direction,” said Moira Caskie of the Strathmorven Tenants’ Union. Landlords argue "
        "that higher mortgage costs have left them little choice. Alasdair Birkett, who chairs "
        "the Strathmorven Property Association, said many smaller landlords were likely to "
        "sell up within two years. Ministers are reportedly considering a temporary cap on "
        "rent rises for sitting tenants. The figures also showed the number of homes "
        "advertised to let fell by a fifth.",
        (
            ("named_source", "Moira Caskie"),
            ("anonymous_source", "Landlords"),
            ("named_source", "Alasdair Birkett"),
            ("hedge", "likely"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "autumn-18",
        "A hard frost in the second week of April may have destroyed up to half of this year's "
        'peach crop in the Tolvary Valley, growers and extension agents said Monday. "The buds '
        "were right at the stage where they're most vulnerable,\" said Cody Harkleroad, who "
        "farms 200 acres near Quillan Fork. He said he would not know the full extent of the "
        "damage for another two weeks. Rachel Sundquist-Orr, a fruit specialist with the "
        "Tolvary County extension service, said growers who ran wind machines overnight "
        "probably saved much of their crop. Prices at roadside stands are likely to rise this "
        "summer, she said.",
        (
            ("hedge", "may"),
            ("anonymous_source", "growers and extension agents"),
            ("named_source", "Cody Harkleroad"),
            ("named_source", "Rachel Sundquist-Orr"),
            ("expert_source", "a fruit specialist with the Tolvary County extension service"),
            ("hedge", "probably"),
            ("hedge", "are likely to"),
        ),
    ),
    Passage(
        "autumn-19",
        "Construction of the 1.4-gigawatt Dunrossan Bank offshore wind farm will begin next "
        "spring after the developer, Halyard Energy, secured final financing on Thursday. When "
        "complete, its turbines can power about 1.2 million homes, the company said. Chief "
        "executive Pieter Van Oudenhove said the project had been “on the brink” last year "
        "when rising interest rates pushed up costs. The final bill is thought to be close to "
        "£4bn, two people involved in the financing said. Fishing groups, which opposed the "
        "scheme at a public inquiry in May, said they were still waiting for details of "
        "compensation. Marit Kvalheim, an energy analyst at Ketterick Capital, said the deal "
        "could revive two other stalled projects in the Dunrossan Firth.",
        (
            ("named_source", "Pieter Van Oudenhove"),
            ("hedge", "is thought to"),
            ("anonymous_source", "two people involved in the financing"),
            ("anonymous_source", "Fishing groups"),
            ("named_source", "Marit Kvalheim"),
            ("expert_source", "an energy analyst at Ketterick Capital"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "autumn-20",
        "The Diocese of Wexmoor will close or merge 23 of its 61 parishes over the next five "
        "years, Bishop Anselm Kirwan-Feeney announced on Sunday, citing falling attendance and "
        "a shortage of priests. In a letter read at Masses across the diocese, the bishop said "
        "the decision had been taken “with a heavy heart”. Parishioners at St Finnan’s in "
        "Corrabeg said they had raised £90,000 to repair the church roof only last year. “We "
        "were told the building was safe,” said one parishioner, who has worshipped there for "
        "50 years. Another said she would travel to the next town if she had to. The diocese "
        "said final decisions on individual churches would follow a consultation.",
        (
            ("named_source", "Bishop Anselm Kirwan-Feeney"),
            ("named_source", "the bishop"),
            ("anonymous_source", "Parishioners at St Finnan’s in Corrabeg"),
            ("anonymous_source", "one parishioner"),
            ("anonymous_source", "Another"),
        ),
    ),
    Passage(
        "autumn-21",
        "Sorvenia’s army has pulled back from three border villages it seized last month, the "
        "defence ministry in Tallgrad said on Tuesday, in what diplomats described as a first "
        "step towards a ceasefire. Gen. Marek Hostinsky, the army’s chief of staff, told the "
        "state news agency Sorpress that the withdrawal was “a gesture of good faith”. "
        "Villagers returning to Vrastel said homes had been looted and livestock taken. A "
        "Western diplomat in Tallgrad, speaking on condition of anonymity, said negotiators "
        "might meet again as early as next week. The agreement remains fragile, said Katya "
        "Lindenmeier, a researcher at the Institute for Border Studies in Velmar who has "
        "monitored the conflict since 2019.",
        (
            ("anonymous_source", "diplomats"),
            ("named_source", "Gen. Marek Hostinsky"),
            ("media_source", "Sorpress"),
            ("anonymous_source", "Villagers returning to Vrastel"),
            ("anonymous_source", "A Western diplomat in Tallgrad"),
            ("hedge", "might"),
            ("named_source", "Katya Lindenmeier"),
            (
                "expert_source",
                "a researcher at the Institute for Border Studies in Velmar who has "
                "monitored the conflict since 2019",
            ),
        ),
    ),
    Passage(
        "autumn-22",
        "A software update pushed to Ferrowave smart thermostats on Saturday left some homes "
        "without heat for up to 12 hours, the company acknowledged Monday. Ferrowave said a "
        "faulty configuration file had caused the devices to switch off their heating relays "
        "and that a fix had been issued. The file was apparently sent to every device at once "
        "rather than in stages. Users on the company's online forum reported indoor "
        "temperatures falling below 50 degrees. “My kids slept in their coats,” said Jenna "
        "Mulcahey, who lives outside Rookhope Falls. The tech site Wirehouse published "
        "screenshots of the faulty file on Sunday. Security researcher Tomasz Przybylak said "
        "the episode showed that connected devices could fail in ways their owners had no way "
        "to anticipate.",
        (
            ("hedge", "apparently"),
            ("anonymous_source", "Users on the company's online forum"),
            ("named_source", "Jenna Mulcahey"),
            ("media_source", "Wirehouse"),
            ("expert_source", "Security researcher"),
            ("named_source", "Tomasz Przybylak"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "autumn-23",
        "Hermione Gaskarth, a set designer whose stark, towering sets defined a generation of "
        "productions at the Garnet Street Playhouse, has died at her home in Oakhollow. She "
        "was 88. Her death was confirmed by her son, Peter Gaskarth, a former editor of the "
        "Oakhollow Sentinel, who said she had been in declining health since a fall in the "
        "spring. Gaskarth designed more than 140 productions between 1961 and 1999 and won the "
        "Coleridge Prize twice. “She could make an empty stage feel like a cathedral,” said "
        "the director Ramon Estavillo, who worked with her on 30 shows. Dr. Helena Ruddock, a "
        "theatre historian at Kelbourne College, said Gaskarth’s work had changed how "
        "designers thought about scale. She is survived by her son and two grandchildren.",
        (
            ("named_source", "Peter Gaskarth"),
            ("named_source", "Ramon Estavillo"),
            ("named_source", "Dr. Helena Ruddock"),
            ("expert_source", "a theatre historian at Kelbourne College"),
        ),
    ),
    Passage(
        "autumn-24",
        "The Corvallan crown fell 0.8% against the euro on Friday after data showed retail "
        "sales unexpectedly shrank in September, raising bets that the central bank could cut "
        "interest rates next month. “The consumer is clearly running out of road,” said Ingrid "
        "Tollefsrud, chief economist at Vessberg Bank. Governor Aksel Thorbjørnsen said last "
        "week that policymakers were in “no hurry” to ease and that a cut before December was "
        "unlikely. The bank's next meeting is on 6 November. Some currency traders warned that "
        "a weaker crown might push up the cost of imported fuel. Government bond yields fell "
        "across the curve.",
        (
            ("hedge", "could"),
            ("named_source", "Ingrid Tollefsrud"),
            ("expert_source", "chief economist at Vessberg Bank"),
            ("named_source", "Governor Aksel Thorbjørnsen"),
            ("hedge", "unlikely"),
            ("anonymous_source", "Some currency traders"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "autumn-25",
        "A former care home manager has been jailed for six years for stealing more than "
        "£250,000 from elderly residents. Gillian Rokeby, 58, of Pennick Marsh, forged "
        "residents' signatures on cheques over four years, Ulverdale Crown Court heard. "
        'Sentencing her, Mr Justice Wragge said she had "preyed on people who trusted her '
        'completely". Rokeby, who admitted fraud, wept in the dock. In a statement read to the '
        "court, the daughter of one victim said her mother had died not knowing the money was "
        'gone. Outside court, Det Con Leah Brathwaite said the sentence sent "a clear message" '
        "to anyone thinking of exploiting vulnerable people.",
        (
            ("named_source", "Mr Justice Wragge"),
            ("anonymous_source", "the daughter of one victim"),
            ("named_source", "Det Con Leah Brathwaite"),
        ),
    ),
    Passage(
        "autumn-26",
        "Astronomers have detected what may be water vapour in the atmosphere of a planet "
        "orbiting a small red star 90 light-years away, according to findings published on "
        "Thursday in the Journal of Exoplanetary Research. The signal is faint and could also "
        "be explained by starspots, said Dr. Yusuf Karamanlı, an astronomer at the Kerrigan "
        "Observatory who led the study. “We can’t be sure yet, and we’re saying so,” he said. "
        "Prof. Annika Steenbergen, an astrophysicist at Lindell University who was not "
        "involved in the work, said the result needed confirmation from a second telescope. "
        "Observations are planned for next spring. The planet, about twice the size of Earth, "
        "circles its star every 19 days.",
        (
            ("hedge", "may"),
            ("hedge", "could"),
            ("named_source", "Dr. Yusuf Karamanlı"),
            ("expert_source", "an astronomer at the Kerrigan Observatory"),
            ("hedge", "can’t be sure"),
            ("named_source", "Prof. Annika Steenbergen"),
            ("expert_source", "an astrophysicist at Lindell University"),
        ),
    ),
    Passage(
        "autumn-27",
        "Mayor Estelle Brouillard said Tuesday that her proposed $2.1 billion budget for "
        "Threlkeld Heights would add 60 police officers and freeze property taxes for a third "
        "straight year. “We are asking every department to do more with less,” Brouillard said "
        "in her budget address. Council President Tomás Ibarguen called the police hiring plan "
        "“a campaign promise dressed up as policy.” The mayor said the city would pay for the "
        "new officers partly by leaving 140 vacant positions unfilled. According to the "
        "Threlkeld Heights Chronicle, the city's pension fund is underfunded by nearly $900 "
        "million. The council must approve a budget by June 30.",
        (
            ("named_source", "Mayor Estelle Brouillard"),
            ("named_source", "Brouillard#2"),
            ("named_source", "Tomás Ibarguen"),
            ("named_source", "The mayor"),
            ("media_source", "Threlkeld Heights Chronicle"),
        ),
    ),
    Passage(
        "autumn-28",
        "Hospitals in the Wessmoor region have been told to prepare for one of the worst flu "
        "seasons in a decade after an early surge in cases in the southern hemisphere. Prof "
        "Ciarán Mulvey, the region’s director of public health, said vaccine uptake among "
        "over-65s was running five points below last year. “If that gap doesn’t close, we "
        "could see wards under real pressure by December,” he said. A senior nurse at Wessmoor "
        "General, who asked not to be named, said staff were already working double shifts to "
        "cover sickness. The regional health agency said it had found no evidence that this "
        "year’s dominant strain causes more severe illness. Vaccines can be booked at most "
        "pharmacies.",
        (
            ("named_source", "Prof Ciarán Mulvey"),
            ("hedge", "could"),
            ("anonymous_source", "A senior nurse at Wessmoor General"),
        ),
    ),
    Passage(
        "autumn-29",
        "Sen. Marjorie Ellingsworth (R-Neb.) said Thursday she would oppose her party's "
        "spending package unless it included money for rural hospitals, complicating its path "
        "through the Senate. \"I'm not going to vote for something that lets clinics in my "
        'state close," Ellingsworth told reporters. Her opposition could leave party leaders a '
        "vote short in the closely divided chamber. Two Senate aides said leadership was "
        "weighing a side deal to win her support, and a person familiar with the talks said an "
        "offer might come as early as Monday. In the House, Rep. Conrad Valdespino, D-N.M., "
        "said he would push for similar money in his chamber's version of the bill. A "
        "spokesman for the majority leader said negotiations were continuing.",
        (
            ("named_source", "Sen. Marjorie Ellingsworth"),
            ("named_source", "Ellingsworth#2"),
            ("hedge", "could"),
            ("anonymous_source", "Two Senate aides"),
            ("anonymous_source", "a person familiar with the talks"),
            ("hedge", "might"),
            ("named_source", "Rep. Conrad Valdespino"),
            ("anonymous_source", "A spokesman for the majority leader"),
        ),
    ),
    Passage(
        "autumn-30",
        "The Port Alder Gulls placed quarterback Trent Vukovich on injured reserve Wednesday, "
        "a day after he sprained his right knee in a loss to Westerholm. Coach Dana Ruhlmann "
        "said Vukovich would miss at least four weeks. Isaiah Fontenot, a rookie, will start "
        'Sunday against Halverson. "Isaiah has earned the trust of this locker room," Ruhlmann '
        "said. Vukovich could return in time for the playoffs, according to a person with "
        "knowledge of the team's medical evaluation who was not authorized to discuss it "
        'publicly. "We\'re done for the year," said Gary Swineford, 54, a season-ticket holder '
        "who watched practice from behind the fence.",
        (
            ("named_source", "Coach Dana Ruhlmann"),
            ("named_source", "Ruhlmann#2"),
            ("hedge", "could"),
            ("anonymous_source", "a person with knowledge of the team's medical evaluation"),
            ("named_source", "Gary Swineford"),
        ),
    ),
    Passage(
        "autumn-31",
        "The government of Palvenia has suspended the broadcasting licence of the independent "
        "channel TV Brzask for 30 days, accusing it of “inciting unrest” in its coverage of "
        "last week’s miners’ strike. The decision was first reported by the news website Glos "
        "Palvenii, which published a copy of the regulator’s order. TV Brzask’s "
        "editor-in-chief, Zofia Dembek-Lis, said in an interview with the Halstrian "
        "broadcaster HRT-2 that the station would challenge the ban in court. The regulator "
        "said the channel had ignored two warnings. Journalists at the channel said they would "
        "keep publishing online. The ban appears to be part of a broader crackdown ahead of "
        "elections in the spring, said Maria Tolvanen of the press freedom group Clearpress "
        "Watch.",
        (
            ("media_source", "Glos Palvenii"),
            ("named_source", "Zofia Dembek-Lis"),
            ("media_source", "HRT-2"),
            ("anonymous_source", "Journalists at the channel"),
            ("hedge", "appears to"),
            ("named_source", "Maria Tolvanen"),
        ),
    ),
    Passage(
        "autumn-32",
        "Hollinshead & Sons is to close its 180-year-old brewery in Ebbsworth Green with the "
        "loss of 94 jobs, moving production to its larger site in Ibstone Cross. Managing "
        "director Rupert Hollinshead said the decision had been “the hardest of my life”. "
        "Staff were told at a meeting on Tuesday morning. “Some of us have been here 30 "
        "years,” said a forklift driver who did not want to be named. The union’s regional "
        "organiser, Bev Stanislawski, said it would fight for every job. Local MP Harriet "
        "Ocloo said she had written to the family asking them to reconsider.",
        (
            ("named_source", "Rupert Hollinshead"),
            ("anonymous_source", "a forklift driver"),
            ("named_source", "Bev Stanislawski"),
            ("named_source", "Harriet Ocloo"),
        ),
    ),
    Passage(
        "autumn-33",
        "Two men were arrested Saturday in connection with a string of catalytic converter "
        "thefts on the north side of Lake Dorran, sheriff's officials said. Sheriff Amos "
        "Kittredge said deputies found 37 converters in a storage unit rented by one of the "
        "suspects. The men, 24 and 31, allegedly targeted hybrid vehicles because their "
        'converters contain more precious metal. "These are not victimless crimes," the '
        "sheriff said, adding that some owners had faced repair bills of $3,000. A neighbor of "
        "one suspect told Dorran Valley News she had seen cars coming and going from his "
        "garage late at night. Both men were being held at the county jail, and it was not "
        "immediately clear whether they had lawyers.",
        (
            ("anonymous_source", "sheriff's officials"),
            ("named_source", "Sheriff Amos Kittredge"),
            ("hedge", "allegedly"),
            ("named_source", "the sheriff"),
            ("anonymous_source", "A neighbor of one suspect"),
            ("media_source", "Dorran Valley News"),
            ("hedge", "not immediately clear"),
        ),
    ),
    Passage(
        "autumn-34",
        "Beavers released into the upper Tresk catchment two years ago have cut peak flood "
        "flows downstream by as much as a fifth, early monitoring data suggest. The animals "
        "have built 14 dams on tributaries above the village of Ollerby, which flooded three "
        "times between 2012 and 2020. “The dams act like a sponge,” said Professor Gwen "
        "Iredale, a hydrologist at the University of Caerwen who is leading the monitoring. "
        "She said the effect might be smaller in a very wet winter, when the ponds behind the "
        "dams are already full. Some farmers in the valley say the beavers have flooded "
        "grazing land. “Nobody asked us,” said a farmer who keeps sheep near Ollerby. The "
        "Tresk Wildlife Trust said it would pay compensation for proven losses.",
        (
            ("hedge", "suggest"),
            ("named_source", "Professor Gwen Iredale"),
            ("expert_source", "a hydrologist at the University of Caerwen"),
            ("hedge", "might"),
            ("anonymous_source", "Some farmers in the valley"),
            ("anonymous_source", "a farmer who keeps sheep near Ollerby"),
        ),
    ),
    Passage(
        "autumn-35",
        "A twin-engine cargo plane that crashed shortly after takeoff from Delacort Municipal "
        "Airport on Oct. 3 may have been overloaded, according to a report released Thursday "
        "by the Federal Air Safety Board. The report said the aircraft was carrying about 600 "
        "pounds more than its maximum takeoff weight. The pilot, 29-year-old Colby Farrimond, "
        "was killed. A final report is likely more than a year away. “Weight and balance "
        "errors are one of the oldest killers in aviation,” said Fran Delucchi, a former "
        "accident investigator who now runs a flight safety consultancy in Ridgeford. The "
        "cargo company, Skylift Express, did not respond to a request for comment.",
        (
            ("hedge", "may"),
            ("hedge", "likely"),
            ("named_source", "Fran Delucchi"),
            (
                "expert_source",
                "a former accident investigator who now runs a flight safety consultancy in "
                "Ridgeford",
            ),
        ),
    ),
    Passage(
        "autumn-36",
        "Nearly one in five secondary schools in Hollinvale are teaching pupils in classrooms "
        "that have been declared structurally unsafe, according to Radio Hollinvale. The "
        "broadcaster said it had obtained inspection reports for 112 schools through freedom "
        "of information requests. The region’s education director, Dr Pauline "
        "Menzies-Drummond, said no pupil had been put at risk and that repairs were under way. "
        "Head teachers, speaking anonymously, told the station they had been instructed not to "
        "discuss the problem with parents. Simon Tharp, a structural engineer who has surveyed "
        "school buildings in the county for 20 years, said some of the concrete panels used in "
        "the 1960s could fail without warning.",
        (
            ("media_source", "Radio Hollinvale"),
            ("media_source", "The broadcaster"),
            ("named_source", "Dr Pauline Menzies-Drummond"),
            ("anonymous_source", "Head teachers"),
            ("media_source", "the station"),
            ("named_source", "Simon Tharp"),
            (
                "expert_source",
                "a structural engineer who has surveyed school buildings in the county for "
                "20 years",
            ),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "autumn-37",
        "Veridane Semiconductor plans to build a $6 billion chip packaging plant outside "
        "Sallowfield, the Sallowfield Business Journal reported Wednesday, citing two state "
        "officials briefed on the plans. The plant could employ as many as 1,800 people when "
        "it opens in 2029, one of the officials said. Veridane chief executive Hal Tenbrook, "
        "asked about the report in an interview with Capital Markets TV, said only that the "
        'company was "looking at several sites." Gov. Lucinda Forsgren\'s office declined to '
        "comment. The state has offered incentives worth at least $500 million, according to "
        "the Journal.",
        (
            ("media_source", "Sallowfield Business Journal"),
            ("anonymous_source", "two state officials briefed on the plans"),
            ("hedge", "could"),
            ("anonymous_source", "one of the officials"),
            ("named_source", "Hal Tenbrook"),
            ("media_source", "Capital Markets TV"),
            ("media_source", "the Journal"),
        ),
    ),
    Passage(
        "autumn-38",
        "Unemployment in the Merrimount Valley fell to 4.1% in August, its lowest level since "
        "2007, according to figures published Friday by the state Labor Department. Employers "
        'added 3,200 jobs, most of them in health care and warehousing. "This is a tight labor '
        'market by any measure," said Nadia Haddow-Brevik, a labor economist at Kilcraig '
        "College. She said wages were rising fastest for workers without college degrees. But "
        "the number of people working part time because they could not find full-time jobs "
        "rose for a second month, which Haddow-Brevik said could be an early warning sign. "
        "Some business owners say they still can't find enough workers.",
        (
            ("named_source", "Nadia Haddow-Brevik"),
            ("expert_source", "a labor economist at Kilcraig College"),
            ("named_source", "Haddow-Brevik#2"),
            ("hedge", "could#2"),
            ("anonymous_source", "Some business owners"),
        ),
    ),
    Passage(
        "autumn-39",
        "The Tamberlin Planning Commission on Thursday recommended rezoning 14 miles of "
        "commercial corridors to allow apartment buildings of up to five stories, a change "
        "city planners say could add 6,000 homes over a decade. Commission chair Roberta "
        'Ishikawa-Strudwick said the city "cannot keep saying no to every building taller than '
        'a gas station." Many of the residents who packed a four-hour hearing said they feared '
        "more traffic and fewer parking spaces. \"They're going to turn Yarrowby Avenue into a "
        'canyon," said Lou Bartoletti, who has lived on the street since 1979. The City '
        "Council is expected to vote on the proposal in May.",
        (
            ("anonymous_source", "city planners"),
            ("hedge", "could"),
            ("named_source", "Roberta Ishikawa-Strudwick"),
            ("anonymous_source", "Many of the residents who packed a four-hour hearing"),
            ("named_source", "Lou Bartoletti"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "autumn-40",
        "A ferry carrying 212 passengers ran aground off the island of Skarn on Sunday "
        "evening, and everyone aboard was taken off safely by lifeboat crews, the coastguard "
        "said. The vessel, the Aurelian Star, struck rocks about half a mile from the harbour "
        "at Kelvik in heavy seas. Passengers described a loud bang followed by the ship "
        "listing sharply. “People were screaming, but the crew stayed calm,” Sigrun Haugvik, "
        "45, told local media. The ship is believed to have lost engine power shortly before "
        "the grounding, according to its operator, Skarnlink Ferries. Maritime lawyer Henrik "
        "Rustad said the investigation would probably focus on whether the ferry should have "
        "sailed in such weather.",
        (
            ("anonymous_source", "Passengers"),
            ("named_source", "Sigrun Haugvik"),
            ("media_source", "local media"),
            ("hedge", "is believed to"),
            ("expert_source", "Maritime lawyer"),
            ("named_source", "Henrik Rustad"),
            ("hedge", "probably"),
        ),
    ),
)
