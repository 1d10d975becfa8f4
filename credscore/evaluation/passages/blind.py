"""Blind set: 40 annotated news passages written last, for one-shot measurement (invented
people, places and outlets).

Written from the annotation scheme alone, after the fresh set, without running the extractor
on them and without adjusting any gold item to its output. The passages cover varied beats
(courts, science, health, business, politics, sport, local, foreign, technology, disasters,
culture, education) and the harder cases in the ways real copy varies: named sources with
titles, ages, party tags and appositions, later references by surname or role, inverted
"said X"; expert credentials in many shapes (after the name, before it, "who studies ...",
a bare "Professor" or "glaciologist"); other outlets cited as subject, after "according to",
"told", "citing", "seen by", "obtained by", "quoted by", "first reported by", "speaking to",
and as later references ("the newspaper", "the broadcaster", "the agency", "the magazine");
unnamed and vague sources with anonymity clauses, groups, "a person briefed on", elliptical
"Another" and "A second"; hedges; and distractors that are not annotated (outlets named but
not cited, titles of office, spokespeople, vague quantities, findings, people mentioned but
not speaking, "could not be reached for comment", the month "May"). See
:mod:`credscore.evaluation.passages` for the annotation scheme.

First measurement (2026-12-02, the extractors after the fresh sets' fixes, nothing changed
with this set in view): macro-F1 0.88 (named 0.88, expert 0.88, unnamed 0.85, media 0.85,
hedges 0.96). Its errors were then read and the classes they showed fixed, so the set is no
longer blind.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "blind-01",
        "A federal appeals court on Tuesday revived a lawsuit accusing the pesticide maker "
        "Corvell Agritech of hiding the health risks of its best-selling weedkiller. Writing "
        'for a 2-1 majority, Judge Miriam Szabo said the lower court had "read the evidence '
        'far too narrowly." The judge added that a jury should decide whether the company '
        "had misled regulators. Corvell's general counsel, Dwight Harnett, said the company "
        "would ask the full court to rehear the case. The ruling could expose the company to "
        "thousands of similar claims, said Ilse Kronberg, who teaches product liability law "
        "at Wendham University. Lawyers for the plaintiffs could not be reached for comment.",
        (
            ("named_source", "Miriam Szabo"),
            ("named_source", "The judge"),
            ("named_source", "Dwight Harnett"),
            ("hedge", "could"),
            ("named_source", "Ilse Kronberg"),
            ("expert_source", "who teaches product liability law at Wendham University"),
        ),
    ),
    Passage(
        "blind-02",
        "A fungus found in the soil of the Ketterby Marshes can break down a common "
        'packaging plastic in under six weeks, researchers reported on Wednesday. "We did '
        'not expect anything to grow on it, let alone eat it," said Dr. Ravindra Kulkarni, a '
        "microbiologist at the Ostley Centre for Soil Biology and the study's senior author. "
        "Kulkarni said the enzyme responsible might one day be produced in industrial tanks. "
        "Solveig Alvestad, an environmental chemist at Brimmond University who reviewed the "
        "paper for the journal, cautioned that the laboratory was far warmer than any "
        "landfill. Field trials are expected to begin next year.",
        (
            ("anonymous_source", "researchers"),
            ("named_source", "Dr. Ravindra Kulkarni"),
            ("expert_source", "a microbiologist at the Ostley Centre for Soil Biology"),
            ("expert_source", "the study's senior author"),
            ("named_source", "Kulkarni#2"),
            ("hedge", "might"),
            ("named_source", "Solveig Alvestad"),
            ("expert_source", "an environmental chemist at Brimmond University"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "blind-03",
        "Gov. Teodora Villanueva on Friday vetoed a bill that would have let charter schools "
        'expand without local approval, saying it "undermines every elected school board in '
        "the state.\" The bill's sponsor, state Sen. Lyle Pruett, R-Danforth, said he was "
        '"deeply disappointed" and would seek an override. Pruett is unlikely to find the '
        "votes, according to two Republican aides who spoke on condition of anonymity "
        "because they were not authorised to discuss strategy. Charter growth without "
        'oversight "tends to leave rural districts worse off," said Caspar Lindeborg, an '
        'education economist at Pemsworth College. "The governor chose politics over our '
        'children," said Marjorie Eklund, 46, a mother of three from Danforth who testified '
        "for the bill.",
        (
            ("named_source", "Gov. Teodora Villanueva"),
            ("named_source", "Sen. Lyle Pruett"),
            ("hedge", "unlikely"),
            ("anonymous_source", "two Republican aides"),
            ("named_source", "Caspar Lindeborg"),
            ("expert_source", "an education economist at Pemsworth College"),
            ("named_source", "Marjorie Eklund"),
        ),
    ),
    Passage(
        "blind-04",
        "The supermarket chain Holloway's is preparing to put itself up for sale, the "
        "Gresham Financial Review reported on Thursday, citing three people with knowledge "
        "of the plans. The chain has hired the investment bank Ardent Partners to sound out "
        "buyers, the newspaper said. A sale could value Holloway's at more than £3 billion "
        "including debt, according to the Pennant Business Wire. Holloway's said it did not "
        "comment on market rumours. Its shares closed 9 percent higher.",
        (
            ("media_source", "Gresham Financial Review"),
            ("anonymous_source", "three people with knowledge of the plans"),
            ("media_source", "the newspaper"),
            ("hedge", "could"),
            ("media_source", "Pennant Business Wire"),
        ),
    ),
    Passage(
        "blind-05",
        "Hospitals in the Duncastle region may run out of a key chemotherapy drug within "
        "weeks, according to an internal health ministry memo obtained by the broadcaster "
        "Radio Tessaly. Supplies of the drug have fallen by half since January, the "
        "broadcaster said. A senior ministry official, who spoke on condition of anonymity "
        "because he was not authorised to discuss the shortage, said emergency imports were "
        "being arranged. Oncologists at two hospitals in the region said some patients had "
        "already had treatment postponed. Such shortages could become more frequent as "
        "production is concentrated in a handful of factories, said Rafaela Mendonça, who "
        "studies pharmaceutical supply chains at the Brisa School of Public Health. Health "
        'Minister Anders Fjellstad said on Monday there was "no shortage at present."',
        (
            ("hedge", "may"),
            ("media_source", "Radio Tessaly"),
            ("media_source", "the broadcaster#2"),
            ("anonymous_source", "A senior ministry official"),
            ("anonymous_source", "Oncologists at two hospitals in the region"),
            ("hedge", "could"),
            ("named_source", "Rafaela Mendonça"),
            (
                "expert_source",
                "who studies pharmaceutical supply chains at the Brisa School of Public Health",
            ),
            ("named_source", "Anders Fjellstad"),
        ),
    ),
    Passage(
        "blind-06",
        'Fenwick Albion manager Gustavo Ribeira said on Saturday that his side had "deserved '
        'nothing" after a 4-0 home defeat by Crossley Town. The loss leaves Albion three '
        "points above the relegation zone. Ribeira, 51, is reportedly close to losing his "
        "job, with the club's owners said to be unhappy with a run of one win in ten games. "
        '"The manager has our full support," the club\'s chairman, Philippa Doyle-Mensah, '
        "said in a statement. Midfielder Kofi Anning, who scored twice for Crossley, told "
        'the Lanark Sports Gazette that the team had "finally clicked."',
        (
            ("named_source", "Gustavo Ribeira"),
            ("hedge", "reportedly"),
            ("hedge", "said to be"),
            ("named_source", "Philippa Doyle-Mensah"),
            ("named_source", "Kofi Anning"),
            ("media_source", "Lanark Sports Gazette"),
        ),
    ),
    Passage(
        "blind-07",
        "Authorities in Qaradan have arrested at least 40 people over an alleged plot to "
        "overthrow the government, state media reported on Sunday. The official news agency, "
        "Qaradan Press Service, said the suspects included two retired army colonels. Rights "
        "groups said many of those detained appeared to be peaceful opposition activists. A "
        "diplomat based in the capital, speaking on condition of anonymity, said the arrests "
        'were "a warning to anyone thinking of taking to the streets." The existence of a '
        "plot could not be independently verified.",
        (
            ("hedge", "alleged"),
            ("media_source", "state media"),
            ("media_source", "Qaradan Press Service"),
            ("anonymous_source", "Rights groups"),
            ("hedge", "appeared to"),
            ("anonymous_source", "A diplomat based in the capital"),
            ("hedge", "could not be independently verified"),
        ),
    ),
    Passage(
        "blind-08",
        "A software update pushed to millions of Orbis smart speakers on Monday left many of "
        "the devices unable to connect to the internet, users said. Orbis said in a "
        'statement that a "small number" of customers had been affected and that a fix was '
        "being rolled out. Two engineers at the company, who asked not to be named because "
        "they were not allowed to speak to the press, said the update had skipped a routine "
        "testing stage. One of them said managers had been warned about the risk a week "
        'earlier. "This has all the hallmarks of a rushed release," said Ahmed Farouk-Lind, '
        "a software reliability researcher at the Tessel Institute of Technology.",
        (
            ("anonymous_source", "users"),
            ("anonymous_source", "Two engineers at the company"),
            ("anonymous_source", "One of them"),
            ("named_source", "Ahmed Farouk-Lind"),
            (
                "expert_source",
                "a software reliability researcher at the Tessel Institute of Technology",
            ),
        ),
    ),
    Passage(
        "blind-09",
        "A dam burst in the hills above the town of Pelvari late on Thursday, sending a wall "
        "of water through two villages, local media said. At least 17 people were killed and "
        "dozens are missing, the regional governor, Dimitra Kallos, told the broadcaster "
        "Kanali Notos. Rescuers said the death toll was likely to rise. The dam had been "
        "flagged as unsafe in an inspection three years ago, according to the newspaper "
        'Proini Ora. "It was only a matter of time," said Stelios Maragos, a civil engineer '
        "who has studied the region's dams for two decades.",
        (
            ("media_source", "local media"),
            ("named_source", "Dimitra Kallos"),
            ("media_source", "Kanali Notos"),
            ("anonymous_source", "Rescuers"),
            ("hedge", "likely"),
            ("media_source", "Proini Ora"),
            ("named_source", "Stelios Maragos"),
            ("expert_source", "a civil engineer who has studied the region's dams for two decades"),
        ),
    ),
    Passage(
        "blind-10",
        "The Halvergate Museum of Art has agreed to return a 17th-century altarpiece to a "
        "church in the village of Sorrin, ending a decade-long dispute. The museum's "
        'director, Clementine Ashworth, said the decision was "simply the right thing to '
        'do." The painting was probably taken from the church by soldiers in 1809, said Dr. '
        "Nikolai Trubin, an art historian at the University of Westmarch who traced its "
        "history. Questions about how the museum had acquired it were first raised in the "
        "arts magazine Canvas & Frame. Villagers plan to carry the altarpiece through the "
        "streets when it returns in May.",
        (
            ("named_source", "Clementine Ashworth"),
            ("hedge", "probably"),
            ("named_source", "Dr. Nikolai Trubin"),
            ("expert_source", "an art historian at the University of Westmarch"),
            ("media_source", "Canvas & Frame"),
        ),
    ),
    Passage(
        "blind-11",
        "Nearly a third of secondary schools in Rothmere County have no qualified physics "
        "teacher, according to figures released on Tuesday by the Teachers' Guild. \"We are "
        'asking biology teachers to explain quantum mechanics," said Owain Pryce, the '
        "guild's general secretary. The shortage could widen as older teachers retire, said "
        "Hilde Marren, a professor who researches teacher supply at the Larkfield Institute "
        "of Education. The county's education director, Rowan Tate, did not respond to a "
        "request for comment. Some head teachers said they had turned to online lessons to "
        "fill the gap.",
        (
            ("named_source", "Owain Pryce"),
            ("hedge", "could"),
            ("named_source", "Hilde Marren"),
            (
                "expert_source",
                (
                    "a professor who researches teacher supply at the Larkfield "
                    "Institute of Education"
                ),
            ),
            ("anonymous_source", "Some head teachers"),
        ),
    ),
    Passage(
        "blind-12",
        "Wheat futures in Belmarsh jumped 14 percent on Monday after the government "
        'unexpectedly banned grain exports. "Markets hate surprises, and this was a big '
        'one," said Yara Dossou, a commodities strategist at Linwood Capital. The ban is '
        "expected to last at least three months, Agriculture Minister Bruno Wachowiak told "
        "the farming newspaper Kurier Zbożowy. Farmers' groups said the ban would push down "
        "prices at home. Traders suspect that neighbouring countries could follow with "
        "restrictions of their own.",
        (
            ("named_source", "Yara Dossou"),
            ("expert_source", "a commodities strategist at Linwood Capital"),
            ("hedge", "is expected to"),
            ("named_source", "Bruno Wachowiak"),
            ("media_source", "Kurier Zbożowy"),
            ("anonymous_source", "Farmers' groups"),
            ("anonymous_source", "Traders"),
            ("hedge", "suspect"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "blind-13",
        "Prosecutors in Varnholm have opened an investigation into the death of a "
        "19-year-old conscript during a training march, the armed forces said on Wednesday. "
        "The soldier, whose name has not been released, collapsed in temperatures above 30C. "
        "Two soldiers from his unit told the daily Varnholms Tidning that officers had "
        "refused repeated requests for water. The newspaper said it had verified that both "
        "men served in the unit. The base commander, Col. Ragnar Strand, said the march had "
        'been carried out "fully within regulations." The case may raise wider questions '
        "about the army's heat guidelines, said Sigrid Almqvist, a former military "
        "prosecutor who teaches at the Varnholm Defence College.",
        (
            ("anonymous_source", "Two soldiers from his unit"),
            ("media_source", "Varnholms Tidning"),
            ("media_source", "The newspaper"),
            ("named_source", "Col. Ragnar Strand"),
            ("hedge", "may"),
            ("named_source", "Sigrid Almqvist"),
            (
                "expert_source",
                "a former military prosecutor who teaches at the Varnholm Defence College",
            ),
        ),
    ),
    Passage(
        "blind-14",
        "Drinking two or more cups of green tea a day appears to lower the risk of memory "
        "loss in older adults, according to a study of 12,000 people in Hoshimura "
        "prefecture. The researchers cautioned that the link might be explained by other "
        'habits, such as diet and exercise. "We are not telling anyone to change what they '
        'drink," said Dr. Haruki Sendo, a neurologist at Kaminose General Hospital who led '
        "the study. Beatrice Ollander, a dementia researcher at Kelsey College who was not "
        'involved, said the results were "intriguing but not conclusive." The study was '
        "funded by a tea growers' association.",
        (
            ("hedge", "appears to"),
            ("anonymous_source", "The researchers"),
            ("hedge", "might"),
            ("named_source", "Dr. Haruki Sendo"),
            ("expert_source", "a neurologist at Kaminose General Hospital"),
            ("named_source", "Beatrice Ollander"),
            ("expert_source", "a dementia researcher at Kelsey College"),
        ),
    ),
    Passage(
        "blind-15",
        "Speculation that President Aurelio Mancebo will seek a third term grew on Wednesday "
        "after the newspaper El Heraldo Ístmico reported that his party had begun collecting "
        "signatures for a constitutional amendment. The newspaper cited two senior party "
        "officials. Mancebo's chief of staff, Renata Olave, told reporters that the "
        'president "has made no decision of any kind." Opposition leader Camilo Ferrán '
        'called the signature drive "a coup in slow motion." Any amendment would likely have '
        "to be reviewed by the constitutional court, legal experts said.",
        (
            ("hedge", "Speculation that"),
            ("media_source", "El Heraldo Ístmico"),
            ("media_source", "The newspaper"),
            ("anonymous_source", "two senior party officials"),
            ("named_source", "Renata Olave"),
            ("named_source", "Camilo Ferrán"),
            ("hedge", "likely"),
            ("anonymous_source", "legal experts"),
        ),
    ),
    Passage(
        "blind-16",
        "Tenants on the Pinegrove estate in Ashbourne Vale have been without hot water for "
        'nine days after a communal boiler failed, residents said. "My children are washing '
        'in the kitchen sink," said Sharon Mbatha, 38, who lives on the fifth floor. The '
        "housing association that runs the estate, Crestway Homes, said in a statement that "
        "engineers were waiting for parts. Boilers of that age are prone to such failures, "
        "said Gareth Pennock, a heating engineer who has inspected the estate's plant room. "
        "Speaking to Ashbourne Community Radio, Councillor Imran Shafiq said the repairs may "
        "not be finished until next week. Some 300 households are affected.",
        (
            ("anonymous_source", "residents"),
            ("named_source", "Sharon Mbatha"),
            ("named_source", "Gareth Pennock"),
            ("expert_source", "a heating engineer who has inspected the estate's plant room"),
            ("media_source", "Ashbourne Community Radio"),
            ("named_source", "Imran Shafiq"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "blind-17",
        "The Aldren Space Agency has lost contact with its lunar lander, Selka-2, hours "
        "before it was due to touch down. Controllers are still trying to re-establish a "
        'link, the agency said. "Silence at this stage does not mean the lander is gone," '
        "said Jovana Petric, a former flight director who now lectures in aerospace "
        "engineering at Solberg University. The lander may have tumbled during its final "
        "braking burn, the agency's deputy director, Ruben Vaszary, told the weekly Kosmos "
        "Heute. The failure could set back plans for a crewed mission by years, according to "
        "Tiberiu Moldovan, a space policy analyst at the Carrack Foundation.",
        (
            ("named_source", "Jovana Petric"),
            (
                "expert_source",
                (
                    "a former flight director who now lectures in aerospace "
                    "engineering at Solberg University"
                ),
            ),
            ("hedge", "may"),
            ("named_source", "Ruben Vaszary"),
            ("media_source", "Kosmos Heute"),
            ("hedge", "could"),
            ("named_source", "Tiberiu Moldovan"),
            ("expert_source", "a space policy analyst at the Carrack Foundation"),
        ),
    ),
    Passage(
        "blind-18",
        "A jury in Pellbridge on Wednesday convicted Lucian Kaye, 44, of defrauding elderly "
        "investors of more than $6 million through a fake property fund advertised in the "
        'Pellbridge Weekly Shopper. "He looked my mother in the eye and lied," said Evelyn '
        "Strachan, whose mother lost her life savings in the scheme. Mr. Kaye's lawyer, "
        'Lionel Abara, said his client was "disappointed" and would consider an appeal. Ms. '
        "Strachan said she hoped the verdict would encourage other victims to come forward. "
        "Sentencing is expected in March, and Kaye could face up to 20 years in prison, "
        "prosecutors said.",
        (
            ("named_source", "Evelyn Strachan"),
            ("named_source", "Lionel Abara"),
            ("named_source", "Ms. Strachan"),
            ("hedge", "is expected"),
            ("hedge", "could"),
            ("anonymous_source", "prosecutors"),
        ),
    ),
    Passage(
        "blind-19",
        "Fighting resumed on Tuesday around the border town of Zelvar despite a ceasefire "
        "agreed last week, according to residents and aid workers. One resident, reached by "
        "phone, said shelling had begun before dawn. Another said families were sheltering "
        "in basements. A senior aid official, who asked not to be identified for security "
        "reasons, said food convoys had been halted at the last checkpoint. The fighting "
        "could draw in militias from across the border, said Yusra Halabi, a conflict "
        "analyst at the Mireton Crisis Group. The truce was brokered by neighbouring "
        "Velstan, and it is unclear whether it can be salvaged.",
        (
            ("anonymous_source", "residents"),
            ("anonymous_source", "aid workers"),
            ("anonymous_source", "One resident"),
            ("anonymous_source", "Another"),
            ("anonymous_source", "A senior aid official"),
            ("hedge", "could"),
            ("named_source", "Yusra Halabi"),
            ("expert_source", "a conflict analyst at the Mireton Crisis Group"),
            ("hedge", "it is unclear whether"),
        ),
    ),
    Passage(
        "blind-20",
        "Lattice Cloud laid off about 1,800 employees on Thursday, roughly 12 percent of its "
        "workforce, according to an internal email seen by the technology newsletter "
        "Stackline. The company's chief executive, Meera Chaudhary, wrote in the email that "
        'the cuts were "painful but necessary." More layoffs may follow later in the year, a '
        "person briefed on the company's plans said. In an interview with the Kellerton "
        'Business Journal last month, Chaudhary had said the company had "no plans" to cut '
        "jobs. The technology sector has shed about 90,000 jobs since January, said Lenka "
        "Hruby, a labour economist who tracks industry layoffs at the Ardwick Institute.",
        (
            ("media_source", "Stackline"),
            ("named_source", "Meera Chaudhary"),
            ("hedge", "may"),
            ("anonymous_source", "a person briefed on the company's plans"),
            ("media_source", "Kellerton Business Journal"),
            ("named_source", "Chaudhary#2"),
            ("named_source", "Lenka Hruby"),
            (
                "expert_source",
                "a labour economist who tracks industry layoffs at the Ardwick Institute",
            ),
        ),
    ),
    Passage(
        "blind-21",
        "A common blood pressure drug could slow the progression of a rare kidney disease, "
        "early trial results suggest. The trial, involving 240 patients in Orsendal and "
        "Lindmark, found that the drug cut protein levels in urine by a third. Nephrologist "
        "Sofia Arvanitaki of the Royal Quenby Infirmary, who led the trial, called the "
        'results "genuinely encouraging." Harlan University pharmacologist Ethan Mabuza said '
        "a larger study was needed before doctors changed their practice. Patients' groups "
        "said the drug was potentially a lifeline for thousands of families.",
        (
            ("hedge", "could"),
            ("hedge", "suggest"),
            ("expert_source", "Nephrologist"),
            ("named_source", "Sofia Arvanitaki"),
            ("expert_source", "Harlan University pharmacologist"),
            ("named_source", "Ethan Mabuza"),
            ("anonymous_source", "Patients' groups"),
            ("hedge", "potentially"),
        ),
    ),
    Passage(
        "blind-22",
        "Sprinter Aaliyah Brookes has been provisionally suspended after testing positive "
        "for a banned stimulant, the sports daily Corsa reported on Friday. Brookes, 24, won "
        "silver in the 200 metres at last year's world championships. Her coach, Winston "
        'Adu, told the radio station SportTalk 104 that the result "must be a mistake" and '
        "that the B sample would likely clear her. The coach added that Brookes had never "
        "failed a test in eight years. Positive tests for stimulants are sometimes caused by "
        "contaminated supplements, said Dr. Ola Hasselgren, a sports medicine specialist at "
        "the Kirkvale Clinic. According to Corsa, the sample was taken at a meet in Valbruna "
        "in June.",
        (
            ("media_source", "Corsa"),
            ("named_source", "Winston Adu"),
            ("media_source", "SportTalk 104"),
            ("hedge", "likely"),
            ("named_source", "The coach"),
            ("named_source", "Dr. Ola Hasselgren"),
            ("expert_source", "a sports medicine specialist at the Kirkvale Clinic"),
            ("media_source", "Corsa#2"),
        ),
    ),
    Passage(
        "blind-23",
        "Rosalind Mercer, the Social Democrat MP for Eastwick, said on Monday that she would "
        "stand for her party's deputy leadership. Mercer, 49, is a former intensive care "
        "nurse who chaired the health committee until last year. She appears to be the early "
        "front-runner, several MPs said privately. One said Mercer had already secured the "
        "backing of the party's largest union. A second said the contest could turn "
        '"bruising" if the left of the party put up a candidate. The outgoing deputy leader, '
        "Anthony Farrow, has not endorsed anyone.",
        (
            ("named_source", "Rosalind Mercer"),
            ("hedge", "appears to"),
            ("anonymous_source", "several MPs"),
            ("anonymous_source", "One"),
            ("anonymous_source", "A second"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "blind-24",
        "A volcano on the island of Sant'Orvo erupted on Sunday, forcing the evacuation of "
        "some 3,000 residents, civil protection officials said. Ash clouds grounded flights "
        "at the island's only airport. The eruption could continue for weeks, possibly "
        "months, said Chiara Lombardini, a volcanologist at the Tyrrhenian Volcano "
        "Observatory. Lava had reached the edge of the village of Pietrascura by nightfall, "
        'the newspaper Il Corriere dell\'Isola reported. "We left with only our documents," '
        "said Salvatore Imbesi, 70, a retired fisherman.",
        (
            ("anonymous_source", "civil protection officials"),
            ("hedge", "could"),
            ("hedge", "possibly"),
            ("named_source", "Chiara Lombardini"),
            ("expert_source", "a volcanologist at the Tyrrhenian Volcano Observatory"),
            ("media_source", "Il Corriere dell'Isola"),
            ("named_source", "Salvatore Imbesi"),
        ),
    ),
    Passage(
        "blind-25",
        "Shares in the lender Brackenridge Bank fell 18 percent on Wednesday after it set "
        'aside £900 million to cover bad loans. "The provision was twice what the market had '
        'pencilled in," said Tomasina Greenhalgh, a banking analyst at Ferncastle '
        "Securities. Some investors fear the bank may need to raise fresh capital. The "
        "bank's chief financial officer, Aurelien Dastugue, told analysts on a conference "
        'call that the balance sheet remained "rock solid." The finance chief added that the '
        "bank did not expect further provisions this year.",
        (
            ("named_source", "Tomasina Greenhalgh"),
            ("expert_source", "a banking analyst at Ferncastle Securities"),
            ("anonymous_source", "Some investors"),
            ("hedge", "may"),
            ("named_source", "Aurelien Dastugue"),
            ("named_source", "The finance chief"),
        ),
    ),
    Passage(
        "blind-26",
        "A court in Drevna on Thursday sentenced the journalist Milan Horvatek to seven "
        'years in prison for "spreading false information" about the army, the independent '
        "news agency Slobodni Glas reported. Horvatek, 56, had written about corruption in "
        "military procurement for the weekly Obzor Tjedna. His wife, Irena Horvatek, quoted "
        "by the agency, said the trial had lasted less than a day. Press freedom groups "
        "condemned the verdict. Such sentences are meant to frighten other reporters into "
        "silence, said Vesna Oroz, who studies media freedom at the Korsgaard Centre for "
        'Press Studies. The pro-government tabloid Dnevni Bič called Horvatek "a traitor who '
        'got what he deserved."',
        (
            ("media_source", "Slobodni Glas"),
            ("named_source", "Irena Horvatek"),
            ("media_source", "the agency"),
            ("anonymous_source", "Press freedom groups"),
            ("named_source", "Vesna Oroz"),
            (
                "expert_source",
                "who studies media freedom at the Korsgaard Centre for Press Studies",
            ),
            ("media_source", "Dnevni Bič"),
        ),
    ),
    Passage(
        "blind-27",
        "The University of Thornmere will close 14 degree programmes, including classics and "
        "music, to fill a £30 million budget gap, its vice-chancellor, Graham Ellerby, "
        "announced on Tuesday. Students staged a sit-in outside the administration building. "
        '"They are selling off the soul of this university," said Ffion Rees-Wardle, '
        "president of the students' union. Nora Castell, who researches higher education "
        "funding at the Pellingham Policy Institute, told the Educators' Weekly that other "
        "universities were likely to follow. The vice-chancellor said no academic would be "
        "made redundant before 2027.",
        (
            ("named_source", "Graham Ellerby"),
            ("named_source", "Ffion Rees-Wardle"),
            ("named_source", "Nora Castell"),
            (
                "expert_source",
                "who researches higher education funding at the Pellingham Policy Institute",
            ),
            ("media_source", "Educators' Weekly"),
            ("hedge", "likely"),
            ("named_source", "The vice-chancellor"),
        ),
    ),
    Passage(
        "blind-28",
        "Water companies in the Ardmoor basin discharged raw sewage into rivers more than "
        "9,000 times last year, according to data analysed by the Vellmouth Herald. "
        "Campaigners said the true figure was probably higher because many outfalls are not "
        'monitored. "These numbers are a floor, not a ceiling," said Declan Fairbairn, a '
        "senior fellow at the Rivers Policy Centre who has studied discharge data since "
        "2015. The industry body, Water Ardmoor, said its members were investing record sums "
        "in treatment works. A spokesperson for the environment ministry said new fines "
        "would be announced in the autumn.",
        (
            ("media_source", "Vellmouth Herald"),
            ("anonymous_source", "Campaigners"),
            ("hedge", "probably"),
            ("named_source", "Declan Fairbairn"),
            (
                "expert_source",
                (
                    "a senior fellow at the Rivers Policy Centre who has studied "
                    "discharge data since 2015"
                ),
            ),
        ),
    ),
    Passage(
        "blind-29",
        "An artificial intelligence model released last week by the start-up Lexora "
        "apparently reproduces passages from copyrighted novels word for word, independent "
        'researchers said on Monday. Lexora said it was "looking into the reports." The '
        "tests suggest the model may have been trained on pirated books, said Odile Fanchon, "
        "a computer scientist at the Polytechnic School of Rennevoie who ran some of the "
        "tests. It remains unclear how many books were involved. Authors' groups are "
        "expected to discuss legal action next week.",
        (
            ("hedge", "apparently"),
            ("anonymous_source", "independent researchers"),
            ("hedge", "suggest"),
            ("hedge", "may"),
            ("named_source", "Odile Fanchon"),
            ("expert_source", "a computer scientist at the Polytechnic School of Rennevoie"),
            ("hedge", "It remains unclear"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "blind-30",
        "A 72-year-old man was seriously injured when a car mounted the pavement outside a "
        "bakery in Little Harwick on Saturday morning. Detective Sergeant Leona Pike said "
        "the driver, a 31-year-old woman, had been arrested at the scene. Witnesses told the "
        'Harwick & District Advertiser that the car had been travelling "far too fast." The '
        "bakery's owner, Mustafa Gencer, said his customers had rushed out to help. The "
        "stretch of road has seen four similar crashes since 2022 and may need a lower speed "
        "limit, said Helga Brunnock, a road safety researcher at Foxley University. The "
        "driver's family could not be reached for comment.",
        (
            ("named_source", "Leona Pike"),
            ("anonymous_source", "Witnesses"),
            ("media_source", "Harwick & District Advertiser"),
            ("named_source", "Mustafa Gencer"),
            ("hedge", "may"),
            ("named_source", "Helga Brunnock"),
            ("expert_source", "a road safety researcher at Foxley University"),
        ),
    ),
    Passage(
        "blind-31",
        "The Zerkovian foreign minister, Aleksei Dubrovin, held secret talks with rebel "
        "leaders in the city of Otrava last month, the broadcaster Kanal Vostok reported on "
        "Monday. The broadcaster, which cited two Western diplomats, said the talks had "
        "focused on a prisoner exchange. Dubrovin's ministry dismissed the report as "
        '"fiction." A former ambassador to Zerkovia, Hendrik Maasland, told the '
        'Dutch-language weekly Internationale Blik that such contacts were "entirely normal, '
        'and probably overdue." A second round of talks is believed to be planned for the '
        "spring, one of the diplomats said.",
        (
            ("media_source", "Kanal Vostok"),
            ("media_source", "The broadcaster"),
            ("anonymous_source", "two Western diplomats"),
            ("named_source", "Hendrik Maasland"),
            ("media_source", "Internationale Blik"),
            ("hedge", "probably"),
            ("hedge", "is believed to"),
            ("anonymous_source", "one of the diplomats"),
        ),
    ),
    Passage(
        "blind-32",
        "Another 40 cases of Legionnaires' disease have been confirmed in the city of "
        "Marrowby, bringing the total to 112, the city's health department said on Friday. "
        "The outbreak is thought to have started in a cooling tower on the roof of a "
        "shopping centre, although tests are continuing. Two shop workers at the centre said "
        "they had complained about a musty smell for weeks. Such outbreaks usually peak "
        "within three weeks, said Ambrose Quince, professor emeritus of microbiology at "
        "Gildersleeve University. Quince said elderly people and smokers were most at risk. "
        'The centre\'s owners said they had shut down the tower "as a precaution."',
        (
            ("hedge", "is thought to"),
            ("anonymous_source", "Two shop workers at the centre"),
            ("named_source", "Ambrose Quince"),
            ("expert_source", "professor emeritus of microbiology at Gildersleeve University"),
            ("named_source", "Quince#2"),
        ),
    ),
    Passage(
        "blind-33",
        "Sen. Augusta Penhallow, R-Tillmark, said on Thursday that she would block the "
        'nomination of Carl Windrow to lead the National Forest Service. "He has never '
        'managed anything bigger than a campground," said Penhallow, who sits on the '
        "agriculture committee. Rep. Matthias Oyaro, D-Varne, a longtime ally of the "
        'nominee, called the criticism "petty and personal." The senator could delay a '
        "confirmation vote for months, according to two congressional aides. Windrow did not "
        "respond to a request for comment.",
        (
            ("named_source", "Sen. Augusta Penhallow"),
            ("named_source", "Penhallow#2"),
            ("named_source", "Rep. Matthias Oyaro"),
            ("hedge", "could"),
            ("anonymous_source", "two congressional aides"),
        ),
    ),
    Passage(
        "blind-34",
        "The airline Skyhaven is close to a deal to buy 60 narrow-body jets from the "
        "planemaker Altair Aerospace, people familiar with the negotiations said. The order, "
        "worth an estimated $7 billion at list prices, could be announced at next month's "
        "Farnley air show, one of the people said. Skyhaven's chief executive, Ioana "
        'Culbert, told investors on Tuesday that the airline was "talking to every '
        'manufacturer." The talks were first reported by the aviation website FlightDeck '
        "Daily. The deal would make Skyhaven one of Altair's three biggest customers, said "
        "Kwame Asante-Boadu, an aviation analyst at Tarrant Research. Altair declined to "
        "comment.",
        (
            ("anonymous_source", "people familiar with the negotiations"),
            ("hedge", "could"),
            ("anonymous_source", "one of the people"),
            ("named_source", "Ioana Culbert"),
            ("media_source", "FlightDeck Daily"),
            ("named_source", "Kwame Asante-Boadu"),
            ("expert_source", "an aviation analyst at Tarrant Research"),
        ),
    ),
    Passage(
        "blind-35",
        "Glaciers in the Tarnsfell range lost more ice in the past five years than in the "
        'previous twenty, a survey published on Monday found. "We are watching them '
        'disappear in real time," said glaciologist Henrike Sollmann of the Polar Research '
        "Institute of Vardhaug. The melt could raise the risk of glacial lake floods in the "
        "valleys below, said Arjun Mehta-Rowe, who models mountain hydrology at the "
        "University of Ostmark. Mehta-Rowe said several villages may need early-warning "
        "systems. Farmers in the valleys said streams fed by the glaciers were already "
        "running low by late summer.",
        (
            ("expert_source", "glaciologist"),
            ("named_source", "Henrike Sollmann"),
            ("hedge", "could"),
            ("named_source", "Arjun Mehta-Rowe"),
            ("expert_source", "who models mountain hydrology at the University of Ostmark"),
            ("named_source", "Mehta-Rowe#2"),
            ("hedge", "may"),
            ("anonymous_source", "Farmers in the valleys"),
        ),
    ),
    Passage(
        "blind-36",
        "The novelist Ottoline Brisk has pulled out of the Wrenfield Literary Festival in "
        "protest at its sponsorship by a timber company, she said in a statement on Sunday. "
        "The festival's director, Amos Trevelyan, told the Wrenfield Post that he \"respected "
        'her decision." At least three other authors are considering withdrawing, according '
        "to the literary magazine Folio Review. The magazine said the sponsor, Harkwood "
        "Timber, had been asked to respond. Festivals have grown dependent on corporate "
        "money as public grants have shrunk, said Imelda Fairclough, a cultural economist at "
        "Brantwood University. Harkwood has denied that its logging harms protected forests.",
        (
            ("named_source", "Ottoline Brisk"),
            ("named_source", "Amos Trevelyan"),
            ("media_source", "Wrenfield Post"),
            ("media_source", "Folio Review"),
            ("media_source", "The magazine"),
            ("named_source", "Imelda Fairclough"),
            ("expert_source", "a cultural economist at Brantwood University"),
        ),
    ),
    Passage(
        "blind-37",
        "The competition authority of Varessa fined the ride-hailing company Zipwell 48 "
        "million euros on Wednesday for abusing its dominant position. The authority said "
        "Zipwell had punished drivers who also worked for rival apps. A spokesperson for "
        'Zipwell said the company would appeal and called the fine "disproportionate." The '
        "ruling may encourage drivers to bring claims of their own, said Lorenza Bettoni, a "
        "lawyer who specialises in competition law in the capital, Castellara. Drivers' "
        "unions welcomed the decision, and one union leader, Piero Dalmasso, said it was "
        '"long overdue."',
        (
            ("hedge", "may"),
            ("named_source", "Lorenza Bettoni"),
            ("expert_source", "a lawyer who specialises in competition law"),
            ("anonymous_source", "Drivers' unions"),
            ("named_source", "Piero Dalmasso"),
        ),
    ),
    Passage(
        "blind-38",
        "Investigators examining the derailment of a freight train near Holcombe Junction "
        "are focusing on a cracked rail, according to a person briefed on the inquiry. The "
        "train, carrying fuel oil, left the tracks on Monday night, forcing some 400 people "
        "from their homes. The cracked section may have been missed during an inspection in "
        "April, the person said. Cracks of that kind are normally caught by ultrasonic "
        "testing, said Professor Dagny Thorsrud of the Nordvik Railway Engineering School. "
        "The rail operator, Midvale Freight, said it was cooperating fully with the inquiry. "
        "It is not known how much oil leaked into the River Tenn, the Holcombe Chronicle "
        "reported.",
        (
            ("anonymous_source", "a person briefed on the inquiry"),
            ("hedge", "may"),
            ("anonymous_source", "the person"),
            ("expert_source", "Professor"),
            ("named_source", "Dagny Thorsrud"),
            ("hedge", "It is not known"),
            ("media_source", "Holcombe Chronicle"),
        ),
    ),
    Passage(
        "blind-39",
        "Rumours that the cyclist Benedikt Aurach will retire at the end of the season have "
        "swirled since his crash at the Grand Prix of Scarlo in June. Aurach, 35, told the "
        'newspaper Talblatt Kurier that he had "not decided anything yet." His team manager, '
        "Fabrizio Lanza, said Aurach could still race next year if his shoulder heals. One "
        "of his teammates, who asked not to be named, said the rider had privately told the "
        "squad that he was finished. Sources close to the team said talks on a new contract "
        "had stalled. Local press in his home town of Sennwald has already begun printing "
        "tributes.",
        (
            ("hedge", "Rumours"),
            ("named_source", "Aurach#2"),
            ("media_source", "Talblatt Kurier"),
            ("named_source", "Fabrizio Lanza"),
            ("hedge", "could"),
            ("anonymous_source", "One of his teammates"),
            ("anonymous_source", "Sources close to the team"),
        ),
    ),
    Passage(
        "blind-40",
        "Exit polls broadcast by state television suggest that the incumbent, Ilie Brătescu, "
        "narrowly leads his challenger, Dorina Seferi, in Sunday's presidential run-off in "
        "Lusenia. Seferi told supporters in the capital that her campaign had received "
        "reports of ballot stuffing at more than 30 polling stations. Election monitors from "
        "the Arvik Centre for Democratic Governance said they had seen no evidence of "
        'widespread fraud. Official results are expected on Tuesday. "Whoever wins will '
        'govern a deeply divided country," said Radu Mirescu, a political scientist at the '
        "National University of Lusenia.",
        (
            ("media_source", "state television"),
            ("hedge", "suggest"),
            ("named_source", "Seferi#2"),
            (
                "anonymous_source",
                "Election monitors from the Arvik Centre for Democratic Governance",
            ),
            ("hedge", "are expected"),
            ("named_source", "Radu Mirescu"),
            ("expert_source", "a political scientist at the National University of Lusenia"),
        ),
    ),
)
