"""Ridge set: 40 annotated news passages, a sixteenth set for one-shot blind measurement (invented
people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages` and its ``Passage`` and ``GoldSpan`` classes and
``gold_spans``), after the gale set, without running the extractor, the scorer, the CLI, the tests
or the evaluation on the passages, without reading the extractor's code, features, models or
lexicons, and without reading the other sets' passages (only the docstring and opening two entries
of the gale set, for the format); surnames, place names and outlet names were checked against the
other sets and the behaviour cases and replaced where they already occurred. The only code run on
it, besides ruff, resolves each gold item to offsets with ``gold_spans`` and counts sentences. Like
the sets before it, it is weighted toward ordinary copy rather than hard cases: routine wire and
newspaper stories of five to eight sentences across many beats (a fell rescue, an embezzlement
verdict, a rejected housing scheme, a brewery takeover, a falling share index, a measles outbreak,
an injured rugby captain, water vapour on an exoplanet, protests over a postponed election, a
derailment, power-station breakdowns, rural school closures, a jewellery raid, a fiction prize, a
fell runner's obituary, a higher milk price, a messaging-app outage, a rebuilt minaret, a late
frigate, a council-housing waiting list, a port strike, fewer cruise ships, a weekly paper's
closure, a stayed demolition, a mental-health call pilot, a retailer's profit fall, a dengue
outbreak, an injured basketball forward, a shrinking glacier, an earthquake, rural bus cuts, an
electricity rate rise, matric results, a convenience-store shooting, a film's box office, a
drought-hit canola harvest, a council cyber attack, a congregation leaving its denomination, a
navy tanker stuck in dock and an avalanche warning), in British, American, Indian, South African,
New Zealand and Canadian spelling and conventions, with straight and curly quotes, double and
single. Spread through them are named sources in the ordinary shapes (name then role, role then
name, role and name in apposition, including possessive roles such as "The utility's chief
operating officer, Thandeka Mahlangu-Rossouw,", "the program's manager, Rear Adm. Neil
Brzezicki," and "The council’s cabinet member for housing, Cllr Amir Hussaini (Lab),", and a bare
role, "director of the Fair Rates Coalition"; titles such as "Judge", "Chief Justice", "Cllr",
"Det Insp", "Sgt.", "Maj.", "Capt", "Rear Adm.", "Fr", "Imam", "The Rev.", "Mr", "Mr.", "Ms",
"Mrs", "Dr", "Dr.", "Prof.", "Professor", "Rep.", "Sen.", "Commissioner", "Councilwoman",
"Councilman", "Police Chief" and "Interior Minister"; ages; party tags "(Ind)", "(Lab)",
"D-Calif." and "(R)"; inverted "said X", as in "said Kavita Vaidyanathan-Kher, head of research at
..." and "said Dolores Zubizarreta-Whelan, director of ..."; sources who wrote, posted, testified,
argued, noted, confirmed, acknowledged, admitted, conceded, insisted, observed and warned, or "told
reporters" and "told the court"), later references by surname ("Ardizzone told", "Marriner said",
"Sekhon said", "Brouwersma said", "Tremblay-Archer said", "Fourie-Mokoena insisted", "Mbanefo
posted", "Mr Lowthwaite-Penney added", "Ms Gadsworthy said") and by role ("The medical officer
added", "The pastor added"); expert credentials after the name ("head of research at ...", "a
portfolio strategist at ...", "an astrophysicist at the University of ...", "a public health
researcher at ...", "a climate scientist at ...", "a senior lecturer in cyber security at ..."),
before it ("Energy analyst", "agricultural economist", "Retail analyst", "Education researcher",
"Trade analyst", "Glaciologist", "Agronomist", "Defence analyst", "senior forecaster") and with a
relative clause ("who studies exoplanet atmospheres at ...", "who researches network reliability
at ..."); other outlets cited as subject of "first reported", "reported", "revealed" and
"disclosed", after "according to" (a newspaper, a sports radio station, a farm weekly, a
technology site), with "told" (a podcast, a business weekly, a film website, a private channel, a
local radio station, a local television station, a local paper), "in an interview with" (a public
broadcaster), "first reported by" (a technology site, a podcast), "seen by" (a trade website),
"obtained by", "citing" (a wire service citing a hospital source), and as a later reference ("The
paper", "the paper"); unnamed and vague sources (officials, anonymity clauses, "people familiar
with the company's plans", "a person with knowledge of the results", "Two defense officials", "A
Western diplomat in Velgrad", "A Defence Force insider", groups such as "Prosecutors", "legal
experts", "Traders", "dealers", "Business groups", "Booksellers", "Shippers", "tourism
operators", "trade analysts", "Some historians", "Seismologists", "Consumer advocates" and
"Provincial agriculture officials", people at a place such as "Fans at the club’s open training
session", "Passengers stranded at Ambrolli Junction", "A shopkeeper on the same parade", "A clerk
at the store", "Hikers who have visited the glacier for decades" and "Mountain guides at the
Quartzite Creek lodge", "One survivor", "One resident", "One trucker waiting outside the terminal
gates" and an elliptical "Another", "A reporter at the paper", "The municipal corporation’s
counsel", and unnamed spokespeople); hedges (modals of possibility, "may have", "likely",
"unlikely", "probable", "probably", "possibly", "apparently", "presumably", "seemingly",
"reportedly", "allegedly", "appeared to", "is expected to", "are expected to", "is likely to",
"is understood to", "are understood to", "is thought to", "are thought to", "is believed to",
"were believed to", "unclear", "not clear", "not yet known", "It is not known"); and distractors
that are not annotated (an outlet named but not cited: a weekly paper closing, later "the paper"
as a workplace, and a daily carrying an employers' advertisement; journals that studies appeared
in; official figures, booking figures and health department data; government bodies, a court, a
rescue team, a health unit, a utility, a council, a school board, a co-op, an election commission,
an employers' association, a publisher, a running club and companies speaking for themselves;
titles of office such as "medical officer of health", "chief operating officer", "district health
officer", "parish priest", "senior pastor" and "director of the Fair Rates Coalition"; people
mentioned who do not speak, including a defendant, an injured captain, a prize-winner before she
is quoted, a suspect, an injured forward before he posts, a mayor due to sign a measure and the
subject of an obituary; "told reporters"; vague quantities such as "more than 600 objections",
"about 40 million people" and "at least 23 people"; groups acting rather than speaking, such as
"Astronomers", "Detectives", "Residents who packed the public gallery", "Worshippers",
"Forecasters with the Northern Ranges Avalanche Centre" and "Investigators"; "found no
evidence", "declined to comment", "declined to respond", the month
"May", "can" and "could" of ability, "would" in reported speech, and "should" of obligation).

First measurement (2026-12-03, the extractors at commit 268d3ae, before this set was read):
macro-F1 0.94 (named 0.94, expert 0.97, unnamed 0.91, media 0.90, hedges 0.99). Its errors were
then read and the outlet classes among them fixed (a descriptor before a name that opens with its
own "The", "local station", a podcast named before the word).
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "ridge-01",
        "Two walkers were airlifted from Scarthwaite Crag on Sunday after becoming stranded in "
        "thick cloud just below the summit ridge. The Langmere Fell Rescue Team said it "
        "received the call shortly after 4pm. A coastguard helicopter was called in because "
        "the team could not reach the pair on foot before dark. Team leader Gareth "
        "Lowthwaite-Penney said the pair had apparently followed a sheep trod that ended at a "
        "sheer drop. “They did exactly the right thing by staying put and ringing us,” he "
        "said. Mr Lowthwaite-Penney added that conditions on the tops could change very "
        "quickly at this time of year. Both walkers, from Brackenholt, were treated for mild "
        "hypothermia.",
        (
            ("named_source", "Gareth Lowthwaite-Penney"),
            ("hedge", "apparently"),
            ("named_source", "Mr Lowthwaite-Penney"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "ridge-02",
        "An Oakhatch County jury on Tuesday found a former clinic billing manager guilty of "
        "embezzling $1.3 million from her employer over six years. Prosecutors said Delia "
        "Fernsby-Oddie, 51, had diverted patient payments into a shell company she controlled. "
        "Her attorney, Marcus Ardizzone, argued during the two-week trial that the clinic's "
        "own accountants had signed off on the transfers. \"We respect the jury's work, but we "
        'will be filing an appeal," Ardizzone told reporters outside the courthouse. Judge '
        'Roberta Szilagyi thanked the jurors for their "careful and patient" service and set '
        "sentencing for Oct. 14. Fernsby-Oddie could face up to 20 years in prison, though "
        "legal experts said a sentence that long was unlikely for a first offense.",
        (
            ("anonymous_source", "Prosecutors"),
            ("named_source", "Marcus Ardizzone"),
            ("named_source", "Ardizzone#2"),
            ("named_source", "Judge Roberta Szilagyi"),
            ("hedge", "could"),
            ("anonymous_source", "legal experts"),
            ("hedge", "unlikely"),
        ),
    ),
    Passage(
        "ridge-03",
        "Councillors in Fenbridge have rejected plans for 240 homes on farmland at Wickhollow "
        "after more than 600 objections were lodged. Cllr Anita Scullthorpe (Ind), who chairs "
        "the planning committee, said the site was “simply the wrong place” for a development "
        "of that size. The developer, Quillbury Homes, said it was disappointed and would "
        "consider its options. Residents who packed the public gallery applauded as the vote "
        "was announced. Speaking afterwards, campaigner Tom Hallibury noted that the same site "
        "had been turned down twice before, in 2016 and again last May. It is not yet known "
        "whether the developer will lodge an appeal with the planning inspectorate.",
        (
            ("named_source", "Cllr Anita Scullthorpe"),
            ("named_source", "Tom Hallibury"),
            ("hedge", "not yet known"),
        ),
    ),
    Passage(
        "ridge-04",
        "Kettlehook Brewing has agreed to be acquired by beverage group Corbishley Holdings "
        "for about $410 million, the companies said Monday. The deal, which values the craft "
        "brewer at a 30% premium to its recent trading price, is expected to close in the "
        "first quarter. Kettlehook founder Ray Gatterly said in a statement that the sale "
        'would let the brewery "reach drinkers far beyond our home state." The Skellbrook '
        "Business Journal first reported last month that the two sides were in talks. "
        "Corbishley is also weighing the sale of its bottled-water unit, according to people "
        "familiar with the company's plans. Some Kettlehook employees, who asked not to be "
        "named for fear of losing their jobs, said they learned of the deal from the news. A "
        "Corbishley spokeswoman declined to comment.",
        (
            ("hedge", "is expected to"),
            ("named_source", "Ray Gatterly"),
            ("media_source", "The Skellbrook Business Journal"),
            ("anonymous_source", "people familiar with the company's plans"),
            ("anonymous_source", "Some Kettlehook employees"),
        ),
    ),
    Passage(
        "ridge-05",
        "Indian equity benchmarks slipped for a third straight session on Wednesday as foreign "
        "investors continued to sell banking stocks. The 30-share Vardhan Index closed 412 "
        "points lower at 71,260, while the broader market fell about 0.8 per cent. “Foreign "
        "funds are rotating into cheaper markets, and that trend may persist until the rupee "
        "stabilises,” said Kavita Vaidyanathan-Kher, head of research at Sindhupur Securities. "
        "Traders said sentiment had also been hit by weak quarterly earnings from two large "
        "private lenders. Mr. Aniket Deshmane, a portfolio strategist at Kesarwadi Asset "
        "Managers, said retail investors had so far remained net buyers. The rupee is likely "
        "to trade in a narrow range on Thursday, dealers said.",
        (
            ("hedge", "may"),
            ("named_source", "Kavita Vaidyanathan-Kher"),
            ("expert_source", "head of research at Sindhupur Securities"),
            ("anonymous_source", "Traders"),
            ("named_source", "Mr. Aniket Deshmane"),
            ("expert_source", "a portfolio strategist at Kesarwadi Asset Managers"),
            ("hedge", "is likely to"),
            ("anonymous_source", "dealers"),
        ),
    ),
    Passage(
        "ridge-06",
        "The Nettlefold District Health Unit is urging parents to check their children's "
        "vaccination records after six measles cases were linked to an elementary school in "
        "Port Eldwin. Dr. Helene Laframboise-Ogata, the region's medical officer of health, "
        'said more cases were likely in the coming weeks. "Measles is extraordinarily '
        "contagious, and anyone who isn't immunized is at risk,\" she said. Public health staff "
        "are contacting about 400 families whose children may have been exposed. The outbreak "
        "is believed to have begun with a traveller who returned from overseas last month. The "
        "medical officer added that anyone with a fever and rash should call ahead before "
        "visiting a clinic or emergency department.",
        (
            ("named_source", "Dr. Helene Laframboise-Ogata"),
            ("hedge", "likely"),
            ("hedge", "may have"),
            ("hedge", "is believed to"),
            ("named_source", "The medical officer"),
        ),
    ),
    Passage(
        "ridge-07",
        "The Harakeke Stags will be without captain Sione Tavake-Lemalu for at least six weeks "
        "after scans showed a fractured cheekbone. Coach Dean Marriner confirmed the news on "
        "Tuesday and said the loss was a blow, but backed his squad to cope. “Sione’s a "
        "massive part of what we do, on and off the field,” Marriner said. The injury is "
        "understood to have happened in a collision late in Saturday’s win over Rangiwhetu. "
        "Tavake-Lemalu may need surgery, according to Radio Whenua Sport. Fans at the club’s "
        "open training session said they were confident the side would still make the "
        "semifinals.",
        (
            ("named_source", "Dean Marriner"),
            ("named_source", "Marriner#2"),
            ("hedge", "is understood to"),
            ("hedge", "may"),
            ("media_source", "Radio Whenua Sport"),
            ("anonymous_source", "Fans at the club’s open training session"),
        ),
    ),
    Passage(
        "ridge-08",
        "Astronomers have detected water vapour in the atmosphere of a planet orbiting a small "
        "red star 120 light years away, in a study published in the journal Exoplanet "
        "Quarterly. The planet, catalogued as Tolvan-4b, is roughly twice the size of Earth. "
        "Dr Imogen Pilkvist, an astrophysicist at the University of Wenholm who led the "
        "research, said the signal was “unmistakable”. She acknowledged, however, that some of "
        "the water might come from the star itself rather than the planet. Professor Luis "
        "Orbegoso, who studies exoplanet atmospheres at the Kelloway Institute and was not "
        "involved in the work, said the finding was exciting but needed confirmation. Further "
        "observations are expected to be made with a new telescope next year.",
        (
            ("named_source", "Dr Imogen Pilkvist"),
            ("expert_source", "an astrophysicist at the University of Wenholm"),
            ("hedge", "might"),
            ("named_source", "Professor Luis Orbegoso"),
            ("expert_source", "who studies exoplanet atmospheres at the Kelloway Institute"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "ridge-09",
        "Security forces fired tear gas at protesters in Velgrad, the capital of Veradia, on "
        "Saturday as thousands rallied against the postponement of presidential elections, "
        "witnesses said. The Borrovan News Agency, citing a hospital source, said at least 12 "
        "people were treated for injuries. Maj. Andrei Vulpescu, an army spokesman, said "
        'troops had used "only the minimum force necessary." Opposition leader Mirela '
        "Kostandin told Radio Sundermark, an independent station, that the government was "
        '"afraid of its own people." The election commission said the delay was needed because '
        "of security threats in the north. A Western diplomat in Velgrad, speaking on "
        "condition of anonymity, said the unrest could spread to other cities if the vote was "
        "not rescheduled soon.",
        (
            ("anonymous_source", "witnesses"),
            ("media_source", "The Borrovan News Agency"),
            ("anonymous_source", "a hospital source"),
            ("named_source", "Maj. Andrei Vulpescu"),
            ("named_source", "Mirela Kostandin"),
            ("media_source", "Radio Sundermark"),
            ("anonymous_source", "A Western diplomat in Velgrad"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "ridge-10",
        "Train services between Kesavpuram and Ambrolli were suspended for nearly nine hours "
        "on Friday after a goods train derailed near Morvali station. No one was injured, a "
        "railway spokesperson said. Senior officials said a fractured rail was the most "
        "probable cause, though a formal inquiry has been ordered. According to The Konkanpath "
        "Ledger, at least 14 express trains were cancelled or diverted. Passengers stranded at "
        "Ambrolli Junction complained that no announcements were made for hours. Divisional "
        "Railway Manager Suresh Pallavkar said restoration work had been completed by 11 p.m. "
        "and normal services would resume on Saturday.",
        (
            ("anonymous_source", "a railway spokesperson"),
            ("anonymous_source", "Senior officials"),
            ("hedge", "probable"),
            ("media_source", "The Konkanpath Ledger"),
            ("anonymous_source", "Passengers stranded at Ambrolli Junction"),
            ("named_source", "Suresh Pallavkar"),
        ),
    ),
    Passage(
        "ridge-11",
        "Power utility Kragnet has warned that rolling blackouts may return this winter after "
        "two units at the Klipdrost power station broke down within hours of each other. The "
        "utility's chief operating officer, Thandeka Mahlangu-Rossouw, said engineers were "
        "working to return one unit to service by the weekend. Energy analyst Pieter "
        "Swanepoel-Nkosi said the breakdowns showed the fleet remained fragile. 'We are one "
        "bad week away from stage four,' he told Radio Kwezi Metro. Business groups said "
        "further outages would hurt small manufacturers already battling high costs. Kragnet "
        "is thought to be in talks to import emergency power from a neighbouring country.",
        (
            ("hedge", "may"),
            ("named_source", "Thandeka Mahlangu-Rossouw"),
            ("expert_source", "Energy analyst"),
            ("named_source", "Pieter Swanepoel-Nkosi"),
            ("media_source", "Radio Kwezi Metro"),
            ("anonymous_source", "Business groups"),
            ("hedge", "is thought to"),
        ),
    ),
    Passage(
        "ridge-12",
        "The Lac-Sauvin District School Board voted 7-4 on Wednesday night to close two rural "
        "elementary schools at the end of the school year. Trustee Colleen Tessier-Bragg, who "
        "voted against the plan, said some children in the north end would face bus rides of "
        "more than an hour each way. Board chair Raj Sekhon acknowledged the closures would be "
        "hard on families but said declining enrolment had left both buildings less than half "
        'full. "Nobody wanted to make this decision, but the numbers are the numbers," Sekhon '
        "said. Several parents wept as the vote was taken. The province's education ministry "
        "is expected to review the closures, though it is unclear whether it can overturn "
        "them.",
        (
            ("named_source", "Colleen Tessier-Bragg"),
            ("named_source", "Raj Sekhon"),
            ("named_source", "Sekhon#2"),
            ("hedge", "is expected to"),
            ("hedge", "unclear"),
        ),
    ),
    Passage(
        "ridge-13",
        "Detectives investigating a raid on a jeweller’s in Castlebridge have released CCTV "
        "images of two men they want to trace. Watches worth around £180,000 were taken in the "
        "early hours of Tuesday. Det Insp Rhona Kinloch-Muir said the men were believed to "
        "have fled in a dark hatchback fitted with false number plates. “They had presumably "
        "been watching the shop for some time, and someone will recognise them,” she said. A "
        "shopkeeper on the same parade, who did not want to be named, said the alarm had been "
        "ringing for almost 20 minutes before the first patrol car arrived. Officers found no "
        "evidence that anyone inside the shop had been involved.",
        (
            ("named_source", "Det Insp Rhona Kinloch-Muir"),
            ("hedge", "were believed to"),
            ("hedge", "presumably"),
            ("anonymous_source", "A shopkeeper on the same parade"),
        ),
    ),
    Passage(
        "ridge-14",
        "Ottoline Ekpo-Rendall has won this year's Corriden Prize for fiction for her third "
        "book, a family saga set in a declining mill town. Chair of judges Martin Elphick "
        'called the novel "a quiet masterpiece" and said the panel\'s decision had been '
        "unanimous. Ekpo-Rendall, 47, told the Literary Lantern podcast that she had almost "
        "abandoned the manuscript twice. The prize, worth $50,000, is among the most lucrative "
        "literary awards in the country. Booksellers said sales of the novel had tripled since "
        "the shortlist was announced last month. Her publisher, Curlewbeck House, said a "
        "second print run was under way.",
        (
            ("named_source", "Martin Elphick"),
            ("named_source", "Ekpo-Rendall#2"),
            ("media_source", "the Literary Lantern"),
            ("anonymous_source", "Booksellers"),
        ),
    ),
    Passage(
        "ridge-15",
        "Maureen Raistrick-Pitt, the fell runner whose record for the Hallowmoor Round stood "
        "for 31 years, has died aged 82. She died peacefully at home in Thrushgill on Friday "
        "after a short illness. Born in 1942, she took up running in her thirties and went on "
        "to win the national veterans’ championship five times. Her record is thought to have "
        "been the longest-standing in British fell running. In a tribute posted online, her "
        "friend and training partner Alison Greatrex wrote that she was “as tough as the hills "
        "she ran on and twice as kind”. The Hallowmoor Fell Runners said their annual race "
        "would be renamed in her honour. She is survived by her husband, Ted, and two sons.",
        (
            ("hedge", "is thought to"),
            ("named_source", "Alison Greatrex"),
        ),
    ),
    Passage(
        "ridge-16",
        "Dairy co-operative Te Awa Milk has lifted its forecast farmgate milk price to $9.40 "
        "per kilogram of milksolids, citing stronger demand for whole milk powder. Chairwoman "
        "Rachel Haumoana said the rise would put an extra $900 million into rural communities. "
        "Westkirk Bank agricultural economist Nina Palethorpe said prices could ease later in "
        "the season if global supply recovered. Rural Growers dairy spokesman Callum Venning "
        "said the lift was welcome, but warned that many farmers were still carrying heavy "
        "debt. A Waitahi sharemilker, who did not want to be named, said the extra money would "
        "go straight to the bank. “We’re not buying new utes, put it that way,” he said.",
        (
            ("named_source", "Rachel Haumoana"),
            ("expert_source", "agricultural economist"),
            ("named_source", "Nina Palethorpe"),
            ("hedge", "could"),
            ("named_source", "Callum Venning"),
            ("anonymous_source", "A Waitahi sharemilker"),
        ),
    ),
    Passage(
        "ridge-17",
        "Palaver, the messaging app used by about 40 million people, was down for nearly five "
        "hours on Wednesday, leaving users unable to send messages or make calls. The company "
        "said in a post on its status page that a faulty configuration change was to blame. "
        "Jamal Obiefuna-Reese, who researches network reliability at Tennerly University, said "
        "outages of this kind were often caused by routine updates that spread faster than "
        "engineers expected. Two Palaver employees, who spoke on condition of anonymity "
        "because they were not authorized to discuss internal matters, said the change had "
        "seemingly skipped a standard review. The outage was first reported by the technology "
        "site The Patchwire. Palaver said it would offer business customers a credit on their "
        "next bill.",
        (
            ("named_source", "Jamal Obiefuna-Reese"),
            ("expert_source", "who researches network reliability at Tennerly University"),
            ("anonymous_source", "Two Palaver employees"),
            ("hedge", "seemingly"),
            ("media_source", "The Patchwire"),
        ),
    ),
    Passage(
        "ridge-18",
        "Worshippers at the Kwathembe Central Mosque have raised more than R2 million to "
        "rebuild its minaret, which collapsed during storms in June. Imam Yusuf Daniels-Moosa "
        "said the community had given ‘far beyond anything we imagined’. Contractors are "
        "expected to start work next month, and the minaret could be finished before Ramadan. "
        "Members of a nearby church also contributed, according to the Kwathembe Courier. Fr "
        "Sipho Ndlela-Rademeyer, the parish priest at St Brendan’s, told the paper that "
        "helping was ‘simply what neighbours do’.",
        (
            ("named_source", "Imam Yusuf Daniels-Moosa"),
            ("hedge", "are expected to"),
            ("hedge", "could"),
            ("media_source", "the Kwathembe Courier"),
            ("named_source", "Fr Sipho Ndlela-Rademeyer"),
            ("media_source", "the paper"),
        ),
    ),
    Passage(
        "ridge-19",
        "The Navy's new class of frigate will be delivered at least two years late, the Office "
        "of Program Review said in a report Tuesday, blaming design changes made after "
        "construction had begun. The first ship was supposed to join the fleet in 2026. At a "
        "hearing last month, the program's manager, Rear Adm. Neil Brzezicki, testified that "
        "the design was now 90% complete. Rep. Carla Wrzesniak-Padilla (D-Calif.), who sits on "
        'the Armed Services Committee, called the delays "unacceptable" and demanded a new '
        "schedule. Two defense officials said the program may be scaled back from 20 ships to "
        "12. Defense Industry Insight, a trade publication, disclosed last month that the "
        "shipyard had struggled to hire and keep welders. A Navy spokesman said the service "
        "was working closely with the builder to recover lost time.",
        (
            ("named_source", "Rear Adm. Neil Brzezicki"),
            ("named_source", "Rep. Carla Wrzesniak-Padilla"),
            ("anonymous_source", "Two defense officials"),
            ("hedge", "may"),
            ("media_source", "Defense Industry Insight"),
            ("anonymous_source", "A Navy spokesman"),
        ),
    ),
    Passage(
        "ridge-20",
        "Nearly 9,000 households in Fallowbridge are waiting for a council home, the highest "
        "number on record, according to figures obtained by the Fallowbridge Evening Post "
        "under freedom of information rules. The paper also found that 212 families had been "
        "on the list for more than a decade. Sharon Gadsworthy, 38, who lives with her three "
        "children in a one-bedroom flat, said damp had made her youngest son ill. Ms "
        "Gadsworthy said she had bid on more than 90 properties without success. The council’s "
        "cabinet member for housing, Cllr Amir Hussaini (Lab), admitted the situation was "
        "“nowhere near good enough”. He said 400 new homes would be finished by 2027, but "
        "conceded that they would barely dent the list. It is unclear how many of those "
        "waiting are currently in temporary accommodation.",
        (
            ("media_source", "the Fallowbridge Evening Post"),
            ("media_source", "The paper"),
            ("named_source", "Sharon Gadsworthy"),
            ("named_source", "Ms Gadsworthy"),
            ("named_source", "Cllr Amir Hussaini"),
            ("hedge", "unclear"),
        ),
    ),
    Passage(
        "ridge-21",
        "About 1,200 longshore workers at the Port of Kelsington walked off the job Monday "
        "after contract talks broke down over automation. Union president Darlene Hrynchuk "
        'said members had been left with no choice. "They want to replace our people with '
        "machines, and we're not going to stand for that,\" she said outside the union hall. "
        "The Kelsington Port Employers' Association, which set out its final offer in a "
        "full-page advertisement in Saturday's Kelsington Daily Star, said the deal included "
        "raises of 14 per cent over four years. Federal Labour Minister Patrice "
        "Olivier-Gosselin urged both sides to return to the table and, in an interview with "
        "public broadcaster Radio Boréal, did not rule out back-to-work legislation. Shippers "
        "warned that a long shutdown could disrupt exports of grain and potash. One trucker "
        "waiting outside the terminal gates said he had been told to expect a delay of at "
        "least a week. Another said he would simply turn around and go home.",
        (
            ("named_source", "Darlene Hrynchuk"),
            ("named_source", "Patrice Olivier-Gosselin"),
            ("media_source", "Radio Boréal"),
            ("anonymous_source", "Shippers"),
            ("hedge", "could"),
            ("anonymous_source", "One trucker waiting outside the terminal gates"),
            ("anonymous_source", "Another"),
        ),
    ),
    Passage(
        "ridge-22",
        "Cruise ship visits to Port Tāwhiri will fall by a third next season, according to "
        "booking figures released on Monday, a drop tourism operators say could cost the "
        "region $30 million. Destination Tāwhiri chief executive Mere Tawhai-Rutter said "
        "higher port fees and the new international visitor levy had made the port less "
        "attractive to cruise lines. “We’ve been told some lines may not come back at all,” "
        "she said. Cafe owner Bruno Fanelli-Rewi said cruise days made up nearly a quarter of "
        "his annual takings. Several cruise companies approached for comment declined to "
        "respond. The regional council is expected to review its port charges in May.",
        (
            ("anonymous_source", "tourism operators"),
            ("hedge", "could"),
            ("named_source", "Mere Tawhai-Rutter"),
            ("hedge", "may"),
            ("named_source", "Bruno Fanelli-Rewi"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "ridge-23",
        "The Threapleton Lamplighter, one of the oldest weekly newspapers in the north of "
        "England, will print its final edition next month after 163 years. Its owner, "
        "Gristhorpe Media, said falling advertising revenue had made the title unsustainable. "
        "Eleven journalists are expected to lose their jobs. Editor Fiona Ledgard told staff "
        "in an email, seen by the trade website Deadline Bench, that it was “the saddest day "
        "of my career”. A reporter at the paper, who asked not to be named, said staff had "
        "been given no warning. The title’s archive, which dates back to 1861, is likely to be "
        "offered to the county record office.",
        (
            ("hedge", "are expected to"),
            ("named_source", "Fiona Ledgard"),
            ("media_source", "Deadline Bench"),
            ("anonymous_source", "A reporter at the paper"),
            ("hedge", "is likely to"),
        ),
    ),
    Passage(
        "ridge-24",
        "The Vindhara High Court on Monday stayed the demolition of more than 300 homes in the "
        "Kamlapuri settlement, holding that residents had not been given adequate notice. A "
        "bench headed by Chief Justice R.K. Anantharaman observed that “the right to shelter "
        "cannot be brushed aside for the sake of a flyover”. Senior advocate Prakash "
        "Venugopal, appearing for the residents, argued that many families had lived there for "
        "three generations. The municipal corporation’s counsel told the court that the land "
        "was needed urgently for the project. Residents gathered outside the court burst into "
        "cheers when the order was announced, The Vindhara Chronicle reported. The next "
        "hearing is likely to be held in January.",
        (
            ("named_source", "Chief Justice R.K. Anantharaman"),
            ("named_source", "Prakash Venugopal"),
            ("anonymous_source", "The municipal corporation’s counsel"),
            ("media_source", "The Vindhara Chronicle"),
            ("hedge", "is likely to"),
        ),
    ),
    Passage(
        "ridge-25",
        "The Quillport City Council voted 5-2 on Tuesday to spend $3.2 million on a pilot "
        "program that will send mental health workers, rather than police officers, to some "
        "911 calls. Councilwoman Tamsin Adeyemo-Hicks, who sponsored the measure, said it "
        "would free officers to focus on violent crime. Councilman Greg Pohlmann, who voted "
        "no, argued that the money would be better spent hiring more officers. Police Chief "
        "Leonard Abbate said in a statement that his department supported the pilot. The "
        "program is expected to launch in the spring, though it is not clear how many calls it "
        "will handle in its first year. Mayor Janet Kirrane is expected to sign the measure "
        "this week.",
        (
            ("named_source", "Councilwoman Tamsin Adeyemo-Hicks"),
            ("named_source", "Councilman Greg Pohlmann"),
            ("named_source", "Police Chief Leonard Abbate"),
            ("hedge", "is expected to"),
            ("hedge", "not clear"),
            ("hedge", "is expected to#2"),
        ),
    ),
    Passage(
        "ridge-26",
        "Clothing retailer Vuka Fashion Group reported a 9% fall in half-year profit on "
        "Tuesday, blaming weak consumer spending and higher electricity costs. Chief executive "
        "Lindiwe Fourie-Mokoena told Sakeblad Weekly that trading in the first weeks of the "
        "second half had been 'encouraging'. Fourie-Mokoena insisted the group had not lost "
        "customers to its rivals. Retail analyst Chris van Zyl-Botha of Suikerbos Capital said "
        "the group was probably ceding market share to cheaper online competitors. The company "
        "said it would still open 40 new stores this year. Some shareholders are understood to "
        "be pressing for a sale of the loss-making homeware division.",
        (
            ("named_source", "Lindiwe Fourie-Mokoena"),
            ("media_source", "Sakeblad Weekly"),
            ("named_source", "Fourie-Mokoena#2"),
            ("expert_source", "Retail analyst"),
            ("named_source", "Chris van Zyl-Botha"),
            ("hedge", "probably"),
            ("hedge", "are understood to"),
        ),
    ),
    Passage(
        "ridge-27",
        "Dengue cases in Nandipur district have crossed 2,300 this year, nearly double last "
        "year’s figure, according to health department data. District health officer Dr. "
        "Anjali Chitnavis said hospitals had been told to keep beds reserved for fever "
        "patients. “The situation is under control, but people should not allow water to "
        "collect around their homes,” she said. Doctors at the district hospital said many "
        "patients were arriving late, after trying home remedies. Rainfall in September was 40 "
        "per cent above normal, which may have helped mosquitoes breed. Dr. Farhan "
        "Rizvi-Sahni, a public health researcher at the Bhargava Institute of Tropical "
        "Medicine, said the true number of infections was probably several times higher.",
        (
            ("named_source", "Dr. Anjali Chitnavis"),
            ("anonymous_source", "Doctors at the district hospital"),
            ("hedge", "may have"),
            ("named_source", "Dr. Farhan Rizvi-Sahni"),
            (
                "expert_source",
                "a public health researcher at the Bhargava Institute of Tropical Medicine",
            ),
            ("hedge", "probably"),
        ),
    ),
    Passage(
        "ridge-28",
        "The Cullbridge Pioneers placed forward DeShawn Mbanefo on the injured list Monday "
        "with a strained hamstring, and he is expected to miss at least three weeks. Coach "
        "Rick Brouwersma said the team would take a cautious approach. \"We're not going to "
        'rush him back for one game in November," Brouwersma said. Mbanefo, who leads the '
        "league in scoring, had an MRI on Sunday, according to a person with knowledge of the "
        'results. Mbanefo posted on social media that he would be "back stronger than ever." '
        "The injury was first reported by Hoops Underground, a basketball podcast. Without "
        "him, the Pioneers could slip out of the final playoff spot.",
        (
            ("hedge", "is expected to"),
            ("named_source", "Rick Brouwersma"),
            ("named_source", "Brouwersma#2"),
            ("anonymous_source", "a person with knowledge of the results"),
            ("named_source", "Mbanefo#3"),
            ("media_source", "Hoops Underground"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "ridge-29",
        "The Beldane Glacier in the Kettara Range has lost nearly a fifth of its volume since "
        "2010, according to a study published this week in the journal Cryosphere Letters. "
        "Glaciologist Dr. Noémie Tremblay-Archer of the Université de Valmont, who led the "
        "research, said the team used drone surveys and satellite images to measure the ice. "
        '"At this rate, the glacier could be gone before the end of the century," '
        "Tremblay-Archer said. Hikers who have visited the glacier for decades say the retreat "
        "is obvious from the trailhead. Dr. Owen Makepeace, a climate scientist at Calverhill "
        "College who was not involved in the study, said the estimate appeared to be "
        "conservative.",
        (
            ("expert_source", "Glaciologist"),
            ("named_source", "Dr. Noémie Tremblay-Archer"),
            ("hedge", "could"),
            ("named_source", "Tremblay-Archer#2"),
            ("anonymous_source", "Hikers who have visited the glacier for decades"),
            ("named_source", "Dr. Owen Makepeace"),
            ("expert_source", "a climate scientist at Calverhill College"),
            ("hedge", "appeared to"),
        ),
    ),
    Passage(
        "ridge-30",
        "A magnitude 6.1 earthquake struck northern Karvonia early on Wednesday, killing at "
        "least 23 people and flattening homes in several villages, officials said. The quake "
        "was centred near the town of Ulmesk at a depth of 10km, according to the national "
        "seismology institute. Rescuers were still searching the rubble of a collapsed school "
        "in Ulmesk on Wednesday evening, the state news agency KarPress reported. The death "
        "toll is likely to rise as teams reach remote valleys, Interior Minister Dariusz "
        "Veleno told reporters. One survivor told the private channel Ekran 5 that her street "
        "had “simply disappeared in ten seconds”. Seismologists warned that strong aftershocks "
        "could continue for weeks, possibly months.",
        (
            ("anonymous_source", "officials"),
            ("media_source", "KarPress"),
            ("hedge", "is likely to"),
            ("named_source", "Interior Minister Dariusz Veleno"),
            ("anonymous_source", "One survivor"),
            ("media_source", "Ekran 5"),
            ("anonymous_source", "Seismologists"),
            ("hedge", "could"),
            ("hedge", "possibly"),
        ),
    ),
    Passage(
        "ridge-31",
        "Bus operator Threnway Travel is to withdraw 14 rural routes across the Vale of Hensby "
        "from January, leaving some villages with no public transport at all. The company said "
        "rising fuel and driver costs meant the services were no longer viable. Mrs Edna "
        "Wilbraham, 79, of Lower Snaithwick, said the weekly bus was her only way of reaching "
        "the doctor’s surgery. ‘Without it I’d be stuck,’ she told the Hensby Mercury. The "
        "county council’s transport lead, Cllr Rob Strathy, said officers were looking at "
        "subsidising some of the busiest routes. A community minibus scheme might be able to "
        "fill some of the gaps, he added.",
        (
            ("named_source", "Mrs Edna Wilbraham"),
            ("media_source", "the Hensby Mercury"),
            ("named_source", "Cllr Rob Strathy"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "ridge-32",
        "State regulators on Thursday approved a 7.8% rate increase for about 900,000 "
        "customers of Bexfield Electric, the utility's first in four years. The average "
        "household bill will rise by roughly $11 a month starting in March. Commissioner Ruth "
        "Anne Sobieski, the lone dissenting vote, wrote that the utility had not justified its "
        "spending on two new gas plants. Bexfield Electric said the increase was needed to pay "
        "for grid upgrades after last winter's ice storms. State Sen. Marcus Pellegrin-Rye (R) "
        'said he would introduce a bill to cap future increases. "Families are already '
        'stretched thin, and this may push some of them over the edge," said Dolores '
        "Zubizarreta-Whelan, director of the Fair Rates Coalition. Consumer advocates said "
        "they were weighing an appeal.",
        (
            ("named_source", "Commissioner Ruth Anne Sobieski"),
            ("named_source", "Sen. Marcus Pellegrin-Rye"),
            ("hedge", "may"),
            ("named_source", "Dolores Zubizarreta-Whelan"),
            ("anonymous_source", "Consumer advocates"),
        ),
    ),
    Passage(
        "ridge-33",
        "The matric pass rate in Siyanda province rose to 81.4% last year, up from 77.9% the "
        "year before, the provincial education department announced on Monday. MEC for "
        "Education Nomvula Mkhabela-Petersen said the improvement was the result of extra "
        "weekend classes and better teacher training. Education researcher Prof. Hendrik "
        "Lategan-Moloi of the University of Wesselsdal cautioned that the figures might hide "
        "high dropout rates in earlier grades. 'A pass rate only tells you about the learners "
        "who made it to the exam,' he said. Some principals in rural districts said they were "
        "still short of textbooks. Results are expected to be delivered to individual schools "
        "on Tuesday.",
        (
            ("named_source", "Nomvula Mkhabela-Petersen"),
            ("expert_source", "Education researcher"),
            ("named_source", "Prof. Hendrik Lategan-Moloi"),
            ("hedge", "might"),
            ("anonymous_source", "Some principals in rural districts"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "ridge-34",
        "Police in Tullerton arrested a 19-year-old man Saturday in connection with a shooting "
        "outside a convenience store that left a 34-year-old man injured. The suspect, whose "
        "name was not released, allegedly fired three shots after an argument over a parked "
        "car. Sgt. Marisol Devereux said the victim was in stable condition and the two men "
        "appeared to know each other. A clerk at the store, who declined to give his name, "
        "said he ducked behind the counter when he heard the shots. Neighbors told local "
        "station KBRV that the intersection had seen several fights this year. Investigators "
        "found no evidence that anyone else was involved.",
        (
            ("hedge", "allegedly"),
            ("named_source", "Sgt. Marisol Devereux"),
            ("hedge", "appeared to"),
            ("anonymous_source", "A clerk at the store"),
            ("anonymous_source", "Neighbors"),
            ("media_source", "KBRV"),
        ),
    ),
    Passage(
        "ridge-35",
        "The historical drama Chandni Ghat Ke Ghode has earned ₹212 crore at the domestic box "
        "office in its first ten days, trade analysts said on Sunday. Its director, Ishaan "
        "Karmarkar-Sood, told the film website Reel Adda that he had never expected such a "
        "response to a three-hour period piece. The film is reportedly being dubbed into four "
        "more languages. Trade analyst Komal Bhansodkar said it could cross ₹300 crore if "
        "collections hold up in the third week. Some historians have objected to the film’s "
        "portrayal of an 18th-century ruler, and a petition against it is pending in the "
        "Vindhara High Court.",
        (
            ("anonymous_source", "trade analysts"),
            ("named_source", "Ishaan Karmarkar-Sood"),
            ("media_source", "Reel Adda"),
            ("hedge", "reportedly"),
            ("expert_source", "Trade analyst"),
            ("named_source", "Komal Bhansodkar"),
            ("hedge", "could"),
            ("anonymous_source", "Some historians"),
        ),
    ),
    Passage(
        "ridge-36",
        "Farmers in the Corrindale district are bracing for one of the smallest canola "
        "harvests in a decade after a summer with barely 60 millimetres of rain. Harvey "
        "Stordahl-Moe, who grows grain on 3,200 acres near Pellett Creek, said some of his "
        'fields would yield less than half their usual crop. "You can\'t grow much on dust," he '
        "said. Crop insurance claims are expected to reach record levels, according to the "
        "Stubblefield Furrow, a farm weekly. Agronomist Dr. Keiko Hanrahan-Naidu of the "
        "Corrindale Research Station noted that an early frost could cut yields further. "
        "Provincial agriculture officials said they would announce support measures within "
        "weeks.",
        (
            ("named_source", "Harvey Stordahl-Moe"),
            ("hedge", "are expected to"),
            ("media_source", "the Stubblefield Furrow"),
            ("expert_source", "Agronomist"),
            ("named_source", "Dr. Keiko Hanrahan-Naidu"),
            ("hedge", "could"),
            ("anonymous_source", "Provincial agriculture officials"),
        ),
    ),
    Passage(
        "ridge-37",
        "A cyber attack has left Hexborough Council unable to process housing benefit payments "
        "for nine days, with hundreds of residents facing delays. The council said it had "
        "taken its systems offline as a precaution and was working with specialists to restore "
        "them. A ransomware gang is believed to be behind the attack, according to the "
        "technology site ByteFold, which said it had seen a post on the gang’s leak site. Dr "
        "Priyanka Wanjiru-Bhalla, a senior lecturer in cyber security at Alderwick University, "
        "said councils were often targeted because they held large amounts of personal data on "
        "small IT budgets. It is not known whether any residents’ data was stolen. One "
        "resident, a single mother of two, said she had been forced to use a food bank while "
        "waiting for her payment.",
        (
            ("hedge", "is believed to"),
            ("media_source", "ByteFold"),
            ("named_source", "Dr Priyanka Wanjiru-Bhalla"),
            ("expert_source", "a senior lecturer in cyber security at Alderwick University"),
            ("hedge", "It is not known"),
            ("anonymous_source", "One resident"),
        ),
    ),
    Passage(
        "ridge-38",
        "Members of First Covenant Church in Orrisburg voted Sunday to leave the Reformed "
        "Methodist Fellowship after a years-long dispute over the ordination of women as "
        "pastors. The Rev. Thomas Ugochukwu-Sloan, the church's senior pastor, said the vote "
        'was 212 to 87. "This was painful, and a lot of families are hurting tonight," he '
        "said. The pastor added that the congregation would keep its food pantry and youth "
        "programs running. Some longtime members said they would look for another church. A "
        "spokeswoman for the fellowship said it was disappointed but respected the "
        "congregation's decision. The church may have to surrender its building, which is "
        "owned by the regional conference.",
        (
            ("named_source", "Rev. Thomas Ugochukwu-Sloan"),
            ("named_source", "The pastor"),
            ("anonymous_source", "Some longtime members"),
            ("anonymous_source", "A spokeswoman for the fellowship"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "ridge-39",
        "The navy’s only fleet tanker will spend at least another year in dry dock after "
        "engineers found corrosion in its hull was far more extensive than expected, the "
        "Defence Force confirmed on Friday. The Kōwhai Herald revealed the extent of the "
        "damage last month. Capt Aroha Tamatea-Greig, who commands the ship, said the crew had "
        "been reassigned to other vessels in the meantime. Defence analyst Graham Kettleworth "
        "said the delay left a serious gap in the navy’s ability to refuel ships at sea. A "
        "Defence Force insider, who did not wish to be named, said morale among the crew was "
        "low. The repairs are thought to cost at least $40 million.",
        (
            ("media_source", "The Kōwhai Herald"),
            ("named_source", "Capt Aroha Tamatea-Greig"),
            ("expert_source", "Defence analyst"),
            ("named_source", "Graham Kettleworth"),
            ("anonymous_source", "A Defence Force insider"),
            ("hedge", "are thought to"),
        ),
    ),
    Passage(
        "ridge-40",
        "Backcountry skiers are being urged to stay off steep slopes in the Marten Range this "
        "weekend after a series of human-triggered avalanches, including one that partly "
        "buried a snowboarder on Wednesday. Forecasters with the Northern Ranges Avalanche "
        "Centre raised the danger rating to high in the alpine on Thursday. \"There's a weak "
        "layer buried about a metre down, and it's still reactive,\" said senior forecaster "
        "Liam Prochazka-Dahl. He said the layer could persist well into February. The "
        "snowboarder, who was dug out by friends within minutes, was apparently not carrying a "
        "transceiver. Mountain guides at the Quartzite Creek lodge said several groups had "
        "cancelled trips.",
        (
            ("expert_source", "senior forecaster"),
            ("named_source", "Liam Prochazka-Dahl"),
            ("hedge", "could"),
            ("hedge", "apparently"),
            ("anonymous_source", "Mountain guides at the Quartzite Creek lodge"),
        ),
    ),
)
