"""Cold set: 40 annotated news passages, a fifth set for one-shot blind measurement
(invented people, places and outlets).

Written blind from the annotation scheme alone (the docstring of
:mod:`credscore.evaluation.passages`), after the blind set, without running the extractor on
the passages and without reading its code or lexicons. The passages cover varied beats
(courts, politics, health, science, business, sport, local government, foreign news,
technology, disasters, culture, education, crime, environment, transport) and the harder
cases in a different mix from the earlier sets: named sources with titles, ages, party tags
and appositions, later references by surname or by role, inverted "said X", names with
apostrophes and hyphens; expert credentials after the name, before it ("Marlowe College
literary historian", a bare "Geologist" or "Professor"), "who studies ...", "who has written
two books on ...", "an economist who advises ...", and a second credential joined by "and";
other outlets cited as subject, after "according to", "told", "citing", "quoted by", "in an
interview with", "first reported by", "first raised in", "a report in", "seen by",
"obtained by", "speaking to", and as later references ("the paper", "the network", "the
site", "the magazine", "the agency"); unnamed and vague sources with anonymity clauses,
groups, "people familiar with the matter", "a person briefed on", elliptical "Another" and
"A second official", an unnamed spokesperson who makes a statement; hedges; and distractors
that are not annotated (outlets named but not cited, a journal a study was published in,
titles of office, people mentioned but not speaking, vague quantities, "found no evidence",
"declined to comment", "could not be reached for comment", the month "May", "might" as a
noun).

First measurement (2026-12-03, the extractors of that day, nothing changed with this set in
view): macro-F1 0.89 (named 0.90, expert 0.78, unnamed 0.94, media 0.85, hedges 0.98). Its
errors were then read and the classes they showed fixed, so the set is no longer blind.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "cold-01",
        "The Supreme Court of Lanthia on Thursday struck down a law that let police hold suspects "
        "for ten days without charge. Chief Justice Marguerite O'Neill, writing for the majority, "
        'said the law "offends the oldest principle of our legal order." The interior minister, '
        "Teodor Vasko, told the radio network Rádio Prameň that the government would draft a "
        "narrower bill. The ruling may force the release of dozens of detainees, said Pavol "
        "Hrubec, a human rights lawyer who has argued several detention cases before the court. "
        "Human rights groups welcomed the judgment. It is unclear how many cases are affected.",
        (
            ("named_source", "Marguerite O'Neill"),
            ("named_source", "Teodor Vasko"),
            ("media_source", "Rádio Prameň"),
            ("hedge", "may"),
            ("named_source", "Pavol Hrubec"),
            (
                "expert_source",
                "a human rights lawyer who has argued several detention cases before the court",
            ),
            ("anonymous_source", "Human rights groups"),
            ("hedge", "It is unclear"),
        ),
    ),
    Passage(
        "cold-02",
        "Rep. Delphine Marchetti, D-Ossory, introduced a bill on Monday that would cap the price "
        'of insulin at $30 a month. "No one should have to choose between medicine and rent," '
        "said Marchetti, who chairs the House health subcommittee. Rep. Garrett Hollis, R-Kenbury, "
        "said the cap could discourage drug companies from investing in new treatments. The bill "
        "is unlikely to reach the floor before the summer recess, according to a senior Democratic "
        "aide who was not authorised to discuss the schedule. Another aide said party leaders "
        "might attach the measure to a spending package.",
        (
            ("named_source", "Rep. Delphine Marchetti"),
            ("named_source", "Marchetti#2"),
            ("named_source", "Rep. Garrett Hollis"),
            ("hedge", "could"),
            ("hedge", "unlikely"),
            ("anonymous_source", "a senior Democratic aide"),
            ("anonymous_source", "Another aide"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "cold-03",
        "Cases of whooping cough in the Velmont district have tripled since January, the district "
        'health office said on Wednesday. "We are seeing infants in intensive care again, '
        'something we had not seen for a decade," said epidemiologist Hanne Kjeldsen of the '
        "Sorvik Public Health Laboratory. Kjeldsen said falling vaccination rates among pregnant "
        "women were probably to blame. Some paediatricians said parents had grown complacent about "
        "the disease. A nurse at the district's children's hospital, speaking on condition of "
        "anonymity, said two wards had been turned over to respiratory cases. The outbreak could "
        "peak in May, the health office said.",
        (
            ("expert_source", "epidemiologist"),
            ("named_source", "Hanne Kjeldsen"),
            ("named_source", "Kjeldsen#2"),
            ("hedge", "probably"),
            ("anonymous_source", "Some paediatricians"),
            ("anonymous_source", "A nurse at the district's children's hospital"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "cold-04",
        "A comet discovered last month by an amateur astronomer in Tressel may become visible to "
        'the naked eye in October, astronomers said on Friday. "Comets have fooled us before, so '
        'nobody should book a holiday around this one yet," said Dr. Jean-Luc Aubertin, an '
        "astronomer at the Pradelle Observatory and a co-author of the standard catalogue of "
        "periodic comets. The comet might break apart as it swings close to the sun, said Ines "
        "Valcárcel, who studies small bodies at the University of Mirasol. The comet has been "
        "named after the amateur who spotted it, Ewald Brink, a retired postman.",
        (
            ("hedge", "may"),
            ("anonymous_source", "astronomers"),
            ("named_source", "Dr. Jean-Luc Aubertin"),
            ("expert_source", "an astronomer at the Pradelle Observatory"),
            ("expert_source", "a co-author of the standard catalogue of periodic comets"),
            ("hedge", "might"),
            ("named_source", "Ines Valcárcel"),
            ("expert_source", "who studies small bodies at the University of Mirasol"),
        ),
    ),
    Passage(
        "cold-05",
        "The airline Aerolínea Cordillera is preparing to cut about a fifth of its routes this "
        "winter, the business daily El Mercantil del Sur reported on Tuesday, citing an internal "
        "planning document. Most of the cuts would fall on regional routes, the paper said. The "
        "airline's chief executive, Lucía Ferrándiz, told shareholders on Wednesday that the route "
        'network was "under review, as it always is." Fuel costs appear to have risen faster '
        "than the airline had budgeted for, said Bastian Kroll, an aviation analyst at Hedwick "
        "Partners. Pilots' unions said they had not been consulted.",
        (
            ("media_source", "El Mercantil del Sur"),
            ("media_source", "the paper"),
            ("named_source", "Lucía Ferrándiz"),
            ("hedge", "appear to"),
            ("named_source", "Bastian Kroll"),
            ("expert_source", "an aviation analyst at Hedwick Partners"),
            ("anonymous_source", "Pilots' unions"),
        ),
    ),
    Passage(
        "cold-06",
        "Kestrel Harriers sacked their head coach, Tomasz Wielgosz, on Sunday after a sixth "
        'straight defeat. "Results have not been good enough, and the board has run out of '
        "patience,\" said the club's owner, Bartholomew Quaye, 62. Wielgosz, who took over in May, "
        'told the sports radio station Sportklang 98 that he had "never been given the players I '
        'was promised." Several senior players are reportedly unhappy with the decision. The '
        "owner said a new coach would be named within a week. Assistant coach Ruairi D'Arcy will "
        "take charge of Saturday's match against Blyford.",
        (
            ("named_source", "Bartholomew Quaye"),
            ("named_source", "Wielgosz#2"),
            ("media_source", "Sportklang 98"),
            ("hedge", "reportedly"),
            ("named_source", "The owner"),
        ),
    ),
    Passage(
        "cold-07",
        "Some 200 people packed a meeting of the Hollinsford borough council on Tuesday night to "
        "oppose plans for a waste incinerator on the edge of town. Councillor Priya Venkataraman, "
        "who chairs the planning committee, said no decision would be taken before the autumn. "
        "Several residents said they were worried that fumes from the plant would worsen asthma "
        'among children. "Nobody asked us," said Doreen Maitland, 71, who has lived on Canal Row '
        "for forty years. The developer, Ashgrove Energy, said emissions would be well within "
        "legal limits. Council officers are expected to publish an assessment of the plans next "
        "month.",
        (
            ("named_source", "Priya Venkataraman"),
            ("anonymous_source", "Several residents"),
            ("named_source", "Doreen Maitland"),
            ("hedge", "are expected to"),
        ),
    ),
    Passage(
        "cold-08",
        "The military government of Sarravia has closed the country's border with Duluma, the "
        "state news agency SNA reported on Saturday, quoting a statement from the defence "
        "ministry. Two border officials, who spoke on condition of anonymity because of the "
        "sensitivity of the matter, described queues of lorries stretching for kilometres on the "
        "Duluma side. One said drivers had been sleeping in their cabs for three days. A second "
        "official added that traders had been told the closure could last for months. Dulumese "
        "Foreign Minister Kaba Ndiaye-Sow, quoted by the French-language daily Le Courrier de "
        'Bamsa, called the move "an act of economic aggression." It is not clear what prompted '
        "the decision.",
        (
            ("media_source", "SNA"),
            ("anonymous_source", "Two border officials"),
            ("anonymous_source", "One"),
            ("anonymous_source", "A second official"),
            ("hedge", "could"),
            ("named_source", "Kaba Ndiaye-Sow"),
            ("media_source", "Le Courrier de Bamsa"),
            ("hedge", "It is not clear"),
        ),
    ),
    Passage(
        "cold-09",
        "The chipmaker Halvard Semiconductor is recalling thousands of server processors after "
        "some units were found to overheat under heavy load, according to a notice to distributors "
        "seen by the trade publication Silicon Ledger. A person briefed on the recall said the "
        "fault appeared to stem from a faulty batch of packaging material. Halvard said in a "
        'statement that it was "working closely with affected customers." The recall could cost '
        "the company as much as $400 million, said Mireille Fontanet, a semiconductor analyst at "
        "Corbière & Fils. Halvard's shares fell 6 percent in early trading.",
        (
            ("media_source", "Silicon Ledger"),
            ("anonymous_source", "A person briefed on the recall"),
            ("hedge", "appeared to"),
            ("hedge", "could"),
            ("named_source", "Mireille Fontanet"),
            ("expert_source", "a semiconductor analyst at Corbière & Fils"),
        ),
    ),
    Passage(
        "cold-10",
        "A landslide buried part of the mountain village of Gorvanje early on Wednesday after days "
        "of heavy rain, killing at least six people. Rescuers were digging through the mud with "
        "their bare hands, the regional broadcaster TV Sjever reported. The civil protection "
        "chief, Zoran Matić, told the broadcaster that up to 15 people might still be trapped. "
        '"We heard a roar like a train, and then the houses were gone," said Ljerka Pavić, 58, '
        "whose home was spared. Several villagers said the slope had shown cracks for weeks. "
        "Geologist Dario Benković of the University of Rivnik said the saturated hillside could "
        "move again.",
        (
            ("media_source", "TV Sjever"),
            ("named_source", "Zoran Matić"),
            ("media_source", "the broadcaster"),
            ("hedge", "might"),
            ("named_source", "Ljerka Pavić"),
            ("anonymous_source", "Several villagers"),
            ("expert_source", "Geologist"),
            ("named_source", "Dario Benković"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "cold-11",
        "The Marwick Philharmonic has cancelled its spring tour of Estmark after two of its "
        "principal players were refused visas, the orchestra said on Friday. The tour had been "
        "sponsored by the radio station Marwick Classic FM. The orchestra's music director, "
        "Sebastian Oyelowo-Hart, said in an interview with the magazine Stave & Bow that he was "
        '"heartbroken for the audiences." The refusals may be linked to a diplomatic row between '
        "the two countries, said Rosamund Teague, who teaches cultural diplomacy at Kingsmere "
        "College. Estmark's embassy did not respond to a request for comment. Ticket holders will "
        "be refunded.",
        (
            ("named_source", "Sebastian Oyelowo-Hart"),
            ("media_source", "Stave & Bow"),
            ("hedge", "may"),
            ("named_source", "Rosamund Teague"),
            ("expert_source", "who teaches cultural diplomacy at Kingsmere College"),
        ),
    ),
    Passage(
        "cold-12",
        "Teachers at four primary schools in the Brenning district walked out on Monday over plans "
        'to merge the schools into a single academy trust. "We found out from a newsletter," '
        "said one teacher at Elmcroft Primary, who asked not to be named. Another said staff had "
        "been told their contracts would be reviewed. The trust's chief executive, Colm O'Riordan, "
        "said no jobs would be lost. Parents said they had been given little information. The "
        "merger is expected to go ahead in September unless the local authority intervenes, "
        "according to minutes of a board meeting obtained by the Brenning Argus.",
        (
            ("anonymous_source", "one teacher at Elmcroft Primary"),
            ("anonymous_source", "Another"),
            ("named_source", "Colm O'Riordan"),
            ("anonymous_source", "Parents"),
            ("hedge", "is expected to"),
            ("media_source", "Brenning Argus"),
        ),
    ),
    Passage(
        "cold-13",
        "Police in Tarrowgate have arrested a 29-year-old man over a fire that gutted a mosque "
        "under construction in the town's east end. Detective Inspector Gwen Albright said the man "
        "was also suspected of starting two other fires in the area last year. He allegedly poured "
        "petrol through a broken window, according to a charge sheet seen by the Tarrowgate "
        "Evening Post. The mosque's chairman, Yusuf Karaman, said the community was \"shaken but "
        "not afraid.\" The man's lawyer could not be reached for comment.",
        (
            ("named_source", "Gwen Albright"),
            ("hedge", "suspected"),
            ("hedge", "allegedly"),
            ("media_source", "Tarrowgate Evening Post"),
            ("named_source", "Yusuf Karaman"),
        ),
    ),
    Passage(
        "cold-14",
        "The government of Kelvara will allow oil drilling in a protected wetland on its northern "
        "coast, the environmental news site Greenwire Kelvara reported on Monday. The site said "
        "the decision had been signed in March by the energy minister, Osvaldo Brandão. Some "
        "environmentalists said the move would doom one of the region's last flamingo colonies. "
        "Drilling could bring in $2 billion a year in royalties, said Leonor Sequeira, an "
        'economist who advises the national petroleum fund. "The money is real, but so are the '
        'birds," Sequeira said. Brandão has not commented publicly on the decision.',
        (
            ("media_source", "Greenwire Kelvara"),
            ("media_source", "The site"),
            ("anonymous_source", "Some environmentalists"),
            ("hedge", "could"),
            ("named_source", "Leonor Sequeira"),
            ("expert_source", "an economist who advises the national petroleum fund"),
            ("named_source", "Sequeira#2"),
        ),
    ),
    Passage(
        "cold-15",
        "Rail services between Pardoe and Wexcombe will be suspended for three weeks in August "
        "while a tunnel is repaired, the operator Northline Rail said on Thursday. Passenger "
        'groups said replacement buses would add up to two hours to some journeys. "It is the '
        'worst possible time of year," said Kenji Armitage-Sato, chair of the Wexcombe Rail '
        "Users' Association. Inspectors found cracks in the tunnel lining in May, according to a "
        "report by the regional television network Channel Nine West. The network said the repairs "
        "could cost as much as £40 million.",
        (
            ("anonymous_source", "Passenger groups"),
            ("named_source", "Kenji Armitage-Sato"),
            ("media_source", "Channel Nine West"),
            ("media_source", "The network"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "cold-16",
        "A cheap antibiotic given to newborns in their first week of life appears to cut deaths "
        "from sepsis by nearly a third, according to a trial in three countries published on "
        'Wednesday in the journal Neonatal Medicine. "This is one of the biggest effects we have '
        'seen in newborn care for years," said Dr. Afua Mensah-Bonsu, a paediatrician at the '
        "Korle Institute of Child Health who led the trial. Some specialists cautioned that "
        "routine use of the drug might fuel antibiotic resistance. Professor Lars-Erik Holmqvist "
        'of the Vinterby Medical Faculty called the results "important, but not yet enough to '
        'change guidelines."',
        (
            ("hedge", "appears to"),
            ("named_source", "Dr. Afua Mensah-Bonsu"),
            ("expert_source", "a paediatrician at the Korle Institute of Child Health"),
            ("anonymous_source", "Some specialists"),
            ("hedge", "might"),
            ("expert_source", "Professor"),
            ("named_source", "Lars-Erik Holmqvist"),
        ),
    ),
    Passage(
        "cold-17",
        "The family that controls the Dorrington brewing group is exploring a sale of its 40 "
        "percent stake, according to people familiar with the matter. The talks were first "
        "reported by the Lowland Business Chronicle on Sunday. One of the people said a buyer "
        "could be found by the end of the year, but cautioned that no formal process had begun. A "
        "company spokesperson said Dorrington did not comment on its shareholders' plans. Brewery "
        "deals have become harder to finance as interest rates have risen, said Oskar Lindahl, who "
        "covers the drinks industry at Fenner Equity Research.",
        (
            ("anonymous_source", "people familiar with the matter"),
            ("media_source", "Lowland Business Chronicle"),
            ("anonymous_source", "One of the people"),
            ("hedge", "could"),
            ("anonymous_source", "A company spokesperson"),
            ("named_source", "Oskar Lindahl"),
            ("expert_source", "who covers the drinks industry at Fenner Equity Research"),
        ),
    ),
    Passage(
        "cold-18",
        "A former finance director of the charity Hearthlight was jailed for five years on Friday "
        "for stealing £1.2 million in donations. Judge Rupert Ainsley-Crowe said Maxine Pellow, "
        '47, had spent the money on horses, holidays and a villa abroad. "Every pound you took '
        "was given to help people sleeping on the streets,\" the judge told her. Ms. Pellow's "
        'barrister, Femi Adeyinka, said his client was "deeply ashamed" and may appeal against '
        "the length of the sentence. The charity's new chair, Lorna Baptiste, said donations had "
        "fallen by a quarter since the theft came to light.",
        (
            ("named_source", "Rupert Ainsley-Crowe"),
            ("named_source", "the judge"),
            ("named_source", "Femi Adeyinka"),
            ("hedge", "may"),
            ("named_source", "Lorna Baptiste"),
        ),
    ),
    Passage(
        "cold-19",
        "Prime Minister Halvor Eikeland of Nordmarka survived a confidence vote on Wednesday by "
        'just three votes. "The government has a mandate, and it will use it," Eikeland told '
        "parliament after the result. Opposition leader Sunniva Aas-Bergstrøm, speaking to the "
        'public broadcaster NMK, said the narrow margin showed the coalition was "living on '
        'borrowed time." Two coalition lawmakers who abstained said privately that they might '
        "vote against the budget in December. A snap election could be called as early as the "
        "spring, said Ragnhild Tveit, a political scientist at the University of Bjørnvik.",
        (
            ("named_source", "Eikeland#2"),
            ("named_source", "Sunniva Aas-Bergstrøm"),
            ("media_source", "NMK"),
            ("anonymous_source", "Two coalition lawmakers who abstained"),
            ("hedge", "might"),
            ("hedge", "could"),
            ("named_source", "Ragnhild Tveit"),
            ("expert_source", "a political scientist at the University of Bjørnvik"),
        ),
    ),
    Passage(
        "cold-20",
        "Coral reefs off the Isles of Carrow have suffered their worst bleaching on record, "
        "scientists at the Carrow Reef Station said on Tuesday. Surveys found that about 70 "
        "percent of corals on the outer reefs had turned white. Many of the corals could recover "
        "if water temperatures fall within weeks, said Tevita Fonua, who has spent two decades "
        "monitoring the reefs for the station. Tourism operators said bookings for dive trips had "
        "already dropped. Concerns about the reefs were first raised in the dive magazine Fathom "
        "Review in March. The station's director, Hemi Walker, is due to brief the regional "
        "assembly next week.",
        (
            ("anonymous_source", "scientists at the Carrow Reef Station"),
            ("hedge", "could"),
            ("named_source", "Tevita Fonua"),
            ("expert_source", "who has spent two decades monitoring the reefs for the station"),
            ("anonymous_source", "Tourism operators"),
            ("media_source", "Fathom Review"),
        ),
    ),
    Passage(
        "cold-21",
        "A Port Sallow councillor, Bernadette Okonjo-Reilly, has accused a property developer of "
        "trying to bribe her with a free flat, the Port Sallow Gazette reported on Wednesday. "
        "Okonjo-Reilly told the newspaper that a go-between had made the offer over dinner in "
        'February. "I have no proof other than my own word, but I know what I heard," she said. '
        "The developer, Crane & Mallory Homes, denied the claim. Police are reportedly assessing "
        "whether to open an inquiry. Bribery cases of this kind are hard to prosecute without a "
        "paper trail, said Declan Moore-Ashby, a former anti-corruption prosecutor.",
        (
            ("named_source", "Bernadette Okonjo-Reilly"),
            ("media_source", "Port Sallow Gazette"),
            ("named_source", "Okonjo-Reilly#2"),
            ("media_source", "the newspaper"),
            ("hedge", "I have no proof"),
            ("hedge", "reportedly"),
            ("named_source", "Declan Moore-Ashby"),
            ("expert_source", "a former anti-corruption prosecutor"),
        ),
    ),
    Passage(
        "cold-22",
        "The tennis player Ottavia Ferrandino withdrew from the Linden Open on Tuesday with a "
        "wrist injury, two days before her first-round match. Ferrandino, 22, quoted by the "
        'Italian sports daily La Gazzetta del Campo, said she had been playing "through pain for '
        'a month." Her coach, Miroslav Dušek, said she was expected to be out for at least six '
        "weeks. The injury might cost her a place in the national team for the autumn finals, "
        "according to the tennis website CourtSide. Tournament organisers said her replacement "
        "would be named on Wednesday.",
        (
            ("named_source", "Ferrandino#2"),
            ("media_source", "La Gazzetta del Campo"),
            ("named_source", "Miroslav Dušek"),
            ("hedge", "was expected to"),
            ("hedge", "might"),
            ("media_source", "CourtSide"),
            ("anonymous_source", "Tournament organisers"),
        ),
    ),
    Passage(
        "cold-23",
        "A passenger ferry capsized on Lake Tamuru on Saturday evening with more than 150 people "
        "on board, state television in Ombara reported. At least 34 bodies have been recovered, "
        "according to local media. Survivors said the ferry had been dangerously overloaded. One "
        "survivor, a trader travelling to market, said passengers had been sitting on the roof. "
        "Another said the crew had ignored warnings about an approaching storm. The transport "
        "minister, Grace Atuhaire, said the operator would be prosecuted if negligence was found. "
        "The exact number of passengers may never be known, because no manifest was kept.",
        (
            ("media_source", "state television"),
            ("media_source", "local media"),
            ("anonymous_source", "Survivors"),
            ("anonymous_source", "One survivor"),
            ("anonymous_source", "Another"),
            ("named_source", "Grace Atuhaire"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "cold-24",
        "The ride-sharing app Trundl collected the precise locations of its users even after they "
        "had switched off tracking, according to internal emails obtained by the investigative "
        "outlet Lanternlight. The emails show that the practice had been discussed internally as "
        'early as 2023. Trundl said it had "never sold location data to anyone." Regulators in '
        "at least two countries may open inquiries, said Pilar Echeverría, a data protection "
        "lawyer at the firm Castañeda Ruiz. It is unclear how many users were affected. The "
        "company's founder, Dmitri Volkonsky, stepped down last year.",
        (
            ("media_source", "Lanternlight"),
            ("hedge", "may"),
            ("named_source", "Pilar Echeverría"),
            ("expert_source", "a data protection lawyer at the firm Castañeda Ruiz"),
            ("hedge", "It is unclear"),
        ),
    ),
    Passage(
        "cold-25",
        "The city of Ferris Bay will close three public libraries and cut weekend bus services to "
        "fill a $14 million hole in its budget, Mayor Lionel Achebe-Grant announced on Wednesday. "
        '"We are out of easy choices," Achebe-Grant said at a news conference. Council member '
        "Rosa Villaseñor, who voted against the plan, said the cuts would fall hardest on poorer "
        'neighbourhoods. "They have turned the full might of the budget office against children '
        'who need somewhere to read," said Hattie Brennan, who runs a homework club at the '
        "Eastgate branch. The council could revisit the plan next year if tax revenue recovers, "
        "according to the city's budget director, Samuel Kettleby.",
        (
            ("named_source", "Lionel Achebe-Grant"),
            ("named_source", "Achebe-Grant#2"),
            ("named_source", "Rosa Villaseñor"),
            ("named_source", "Hattie Brennan"),
            ("hedge", "could"),
            ("named_source", "Samuel Kettleby"),
        ),
    ),
    Passage(
        "cold-26",
        "A sweetener widely used in diet drinks does not raise the risk of heart disease, "
        "according to a review of 38 studies published on Monday. The review found no evidence of "
        "harm at normal levels of consumption, said its lead author, Dr. Ibrahim Castellano-Voss, "
        "a nutrition scientist at the Dunholm School of Medicine. Critics noted that 11 of the "
        'studies had been funded by the drinks industry. "Industry money does not automatically '
        'make a study wrong, but it should make us careful," said Wilhelmina Traore, an '
        "epidemiologist who sits on the government's food safety panel. The findings could shape "
        "new labelling rules now being drafted.",
        (
            ("expert_source", "its lead author"),
            ("named_source", "Dr. Ibrahim Castellano-Voss"),
            ("expert_source", "a nutrition scientist at the Dunholm School of Medicine"),
            ("anonymous_source", "Critics"),
            ("named_source", "Wilhelmina Traore"),
            ("expert_source", "an epidemiologist who sits on the government's food safety panel"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "cold-27",
        "Workers at the Varga tyre plant in Szentmarót will strike for 48 hours from Monday after "
        "pay talks broke down, their union said. The union's leader, Erzsébet Kovács-Horn, said "
        "management had offered a raise of 3 percent while inflation was running at 9 percent. "
        "According to the daily Népszó Reggel, the company is weighing a move of part of its "
        "production to a newer plant abroad. The plant manager, Gerhard Steinacher, said the "
        'company "remains open to dialogue." The strike could halt deliveries to two carmakers, '
        "analysts said.",
        (
            ("named_source", "Erzsébet Kovács-Horn"),
            ("media_source", "Népszó Reggel"),
            ("named_source", "Gerhard Steinacher"),
            ("hedge", "could"),
            ("anonymous_source", "analysts"),
        ),
    ),
    Passage(
        "cold-28",
        "A letter said to have been written by the poet Isadora Quill has turned up in a box of "
        'papers donated to the Emberton city archive. "The handwriting, the paper and the ink all '
        'point the same way," said Marlowe College literary historian Nathaniel Oduro-Fenn, who '
        "examined the letter. But Oduro-Fenn said it could still be a skilled forgery from the "
        "1920s, when Quill's work was fashionable. The archive's director, Eun-ji Park, said the "
        "letter would go on public display in May. Scholars have long suspected that the poet kept "
        "up a secret correspondence with a rival.",
        (
            ("hedge", "said to have been"),
            ("expert_source", "Marlowe College literary historian"),
            ("named_source", "Nathaniel Oduro-Fenn"),
            ("named_source", "Oduro-Fenn#2"),
            ("hedge", "could"),
            ("named_source", "Eun-ji Park"),
            ("anonymous_source", "Scholars"),
            ("hedge", "suspected"),
        ),
    ),
    Passage(
        "cold-29",
        "Authorities in Estavia have detained a former deputy defence minister, Viktor Orlenko, "
        "over alleged bribes from arms suppliers, the news agency Interpress-Estavia reported on "
        "Thursday, citing the prosecutor general's office. Orlenko's lawyer, Marta Zhuk, said her "
        "client denied any wrongdoing, the agency said. Orlenko could face up to 12 years in "
        "prison if convicted. The arrest appears to be part of a wider purge of defence officials, "
        "said Halyna Serdiuk, a researcher at the Kyrvan Centre for Security Studies who has "
        "tracked the case. A ministry spokeswoman declined to comment.",
        (
            ("hedge", "alleged"),
            ("media_source", "Interpress-Estavia"),
            ("named_source", "Marta Zhuk"),
            ("media_source", "the agency"),
            ("hedge", "could"),
            ("hedge", "appears to"),
            ("named_source", "Halyna Serdiuk"),
            (
                "expert_source",
                "a researcher at the Kyrvan Centre for Security Studies who has tracked the case",
            ),
        ),
    ),
    Passage(
        "cold-30",
        "A winter storm dumped up to 60 centimetres of snow on the Harrowdale uplands overnight, "
        "leaving some 4,000 homes without power. Forecasters said a second band of snow was "
        "expected to arrive on Friday. The regional power company, Upland Grid, said crews were "
        "working around the clock but that some customers might not be reconnected until the "
        "weekend. \"We've got enough wood for three days, and then we'll see,\" said Agnes "
        "Thwaite, 83, who lives alone on a hill farm above the village of Stainby. Volunteers with "
        "four-wheel-drive vehicles have been delivering medicines to isolated households, a local "
        "councillor, Tobias Fenwick-Lowe, said.",
        (
            ("anonymous_source", "Forecasters"),
            ("hedge", "was expected to"),
            ("hedge", "might"),
            ("named_source", "Agnes Thwaite"),
            ("named_source", "Tobias Fenwick-Lowe"),
        ),
    ),
    Passage(
        "cold-31",
        "The founder of the electric scooter company Zoomba, Rafael Montiel-Sanz, said in an "
        "interview with the business magazine Ventura Semanal published on Saturday that the "
        "company would turn a profit next year. The magazine reported that Zoomba had lost about "
        "80 million euros in each of the past two years. Montiel-Sanz, 39, a former columnist for "
        'the daily El Observador Ibérico, said the losses reflected "the cost of building a '
        'continent-wide network." Scooter-sharing firms have struggled to make money almost '
        "everywhere, said Hedda Sørlie, a transport economist at the Nordholm School of Economics. "
        "Some investors are reportedly pushing for a merger with a rival.",
        (
            ("named_source", "Rafael Montiel-Sanz"),
            ("media_source", "Ventura Semanal"),
            ("media_source", "The magazine"),
            ("named_source", "Montiel-Sanz#2"),
            ("named_source", "Hedda Sørlie"),
            ("expert_source", "a transport economist at the Nordholm School of Economics"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "cold-32",
        "Detectives are examining whether the thieves who stole six paintings from the Holm "
        "Gallery in Vestrup had help from inside the museum, according to a person with knowledge "
        "of the investigation. The person said the alarm system had been switched off for eleven "
        "minutes on the night of the break-in. A second person familiar with the case said two "
        "security guards had been questioned. The gallery's director, Frida Aalund, said she had "
        '"complete confidence" in her staff. The paintings, including a landscape by Hjalmar '
        "Ekdahl, may be worth more than 30 million kroner, according to the art market newsletter "
        "Kunstbørsen.",
        (
            ("anonymous_source", "a person with knowledge of the investigation"),
            ("anonymous_source", "The person"),
            ("anonymous_source", "A second person familiar with the case"),
            ("named_source", "Frida Aalund"),
            ("hedge", "may"),
            ("media_source", "Kunstbørsen"),
        ),
    ),
    Passage(
        "cold-33",
        "Levels of a toxic industrial chemical in wells near the Brackmoor airbase are up to forty "
        "times the legal limit, according to a report in the Brackmoor Echo. Several residents "
        "said they had been drinking the water for years without being warned. The chemical, used "
        "in firefighting foam, may be linked to kidney and liver disease, said Dr. Ngozi "
        "Eze-Hartmann, a toxicologist at St. Aldric's University. The defence ministry said it "
        'would pay for bottled water while it investigated. "I just want to know if my children '
        'are safe," said Corinne Lavallée, 34, whose well was among those tested.',
        (
            ("media_source", "Brackmoor Echo"),
            ("anonymous_source", "Several residents"),
            ("hedge", "may"),
            ("named_source", "Dr. Ngozi Eze-Hartmann"),
            ("expert_source", "a toxicologist at St. Aldric's University"),
            ("named_source", "Corinne Lavallée"),
        ),
    ),
    Passage(
        "cold-34",
        "An airliner operated by SkyPolar made an emergency landing in Garvik on Monday after "
        "smoke filled the cabin shortly after take-off from Tollen. All 186 passengers and crew "
        "left the aircraft by the emergency slides, and eleven people were treated for minor "
        "injuries, the airport said. A crew member, speaking on condition of anonymity, said the "
        'smoke had come from an overheating oven in the rear galley. "People were screaming, but '
        'the cabin crew were incredibly calm," said passenger Anselm Rautio, 45. The fire appears '
        "to have been confined to the galley, the national accident board said. The oven's "
        "manufacturer could not be reached for comment.",
        (
            ("anonymous_source", "A crew member"),
            ("named_source", "Anselm Rautio"),
            ("hedge", "appears to"),
        ),
    ),
    Passage(
        "cold-35",
        "The director Jean-Baptiste Lemarchal has withdrawn his new film from the Saint-Orvane "
        "festival after organisers asked him to cut a scene showing a politician in a brothel, the "
        "daily L'Écho de Marville reported on Friday. Lemarchal told the paper that he \"would "
        "rather show nothing than show half a film.\" The festival's artistic director, Séverine "
        "Dubosc-Allard, said in a statement that no one had been censored. Festivals increasingly "
        "worry about losing sponsors over provocative work, said Ruth Bannerman, a film critic who "
        "has written two books on European cinema. The film is expected to open in cinemas in "
        "November.",
        (
            ("media_source", "L'Écho de Marville"),
            ("named_source", "Lemarchal#2"),
            ("media_source", "the paper"),
            ("named_source", "Séverine Dubosc-Allard"),
            ("named_source", "Ruth Bannerman"),
            ("expert_source", "a film critic who has written two books on European cinema"),
            ("hedge", "is expected to"),
        ),
    ),
    Passage(
        "cold-36",
        "Patients in Corvania will pay a fee of 10 corvas for each visit to a family doctor from "
        "July, Health Minister Ilinca Popa-Sandu said on Tuesday. Popa-Sandu said the fee would "
        "cut unnecessary visits and shorten waiting times. Critics said it would deter the poorest "
        "patients from seeking care. Some economists said the revenue was likely to be small once "
        'exemptions were counted. "A fee like this can work, but the design is everything," said '
        "Tudor Mărgineanu, a health economist who advised the World Health Forum on primary care "
        "financing. The national doctors' association said it had not been consulted.",
        (
            ("named_source", "Ilinca Popa-Sandu"),
            ("named_source", "Popa-Sandu#2"),
            ("anonymous_source", "Critics"),
            ("anonymous_source", "Some economists"),
            ("hedge", "likely"),
            ("named_source", "Tudor Mărgineanu"),
            (
                "expert_source",
                "a health economist who advised the World Health Forum on primary care financing",
            ),
        ),
    ),
    Passage(
        "cold-37",
        "The cyclist Mathéo Van Rossum-Delorme won the third stage of the Tour of Kallenberg on "
        'Thursday with a solo attack 20 kilometres from the finish. "I didn\'t look back once," '
        "Van Rossum-Delorme, 23, told the broadcaster Sportkanal after the stage. His team "
        "director, Piet Hendriksen, said the rider could now target the overall lead. His rivals "
        "appeared to misjudge the gap on the final climb, said Aurélie Castagnède, a sports "
        "scientist at the Kallenberg Cycling Academy. The race continues on Friday with a time "
        "trial.",
        (
            ("named_source", "Van Rossum-Delorme#2"),
            ("media_source", "Sportkanal"),
            ("named_source", "Piet Hendriksen"),
            ("hedge", "could"),
            ("hedge", "appeared to"),
            ("named_source", "Aurélie Castagnède"),
            ("expert_source", "a sports scientist at the Kallenberg Cycling Academy"),
        ),
    ),
    Passage(
        "cold-38",
        "A start-up in Lisvane says it has built a battery that can be fully charged in four "
        "minutes without damaging its cells. The company, Voltaris, has not published its data, "
        'and independent experts said they had no way to check the claim. "Extraordinary claims '
        'need extraordinary evidence, and so far we have a press release," said Gunnhild Ødegård, '
        "an electrochemist at the Bergvik Institute of Technology. Voltaris's chief technology "
        "officer, Amir Haddadi-Lowe, told the tech blog Circuit Notes that a peer-reviewed paper "
        'would appear "within months." It is unclear whether the battery can be made at scale.',
        (
            ("anonymous_source", "independent experts"),
            ("named_source", "Gunnhild Ødegård"),
            ("expert_source", "an electrochemist at the Bergvik Institute of Technology"),
            ("named_source", "Amir Haddadi-Lowe"),
            ("media_source", "Circuit Notes"),
            ("hedge", "It is unclear whether"),
        ),
    ),
    Passage(
        "cold-39",
        "The mayor of Dunraven, Cormac O'Flaherty, is expected to announce on Monday that he will "
        "not seek a third term, according to two people briefed on his plans. One of them said "
        "O'Flaherty, 67, wanted to spend more time with his family. Mr. O'Flaherty's office "
        "declined to comment. Deputy Mayor Shona Baird-McKenzie, widely seen as his likely "
        'successor, said on Sunday that she was "focused on the job in front of me." "He has '
        'been the dominant figure in city politics for a decade," said Ewan Gilchrist, who '
        "teaches local government at Dunraven University.",
        (
            ("hedge", "is expected to"),
            ("anonymous_source", "two people briefed on his plans"),
            ("anonymous_source", "One of them"),
            ("named_source", "Shona Baird-McKenzie"),
            ("hedge", "likely"),
            ("named_source", "Ewan Gilchrist"),
            ("expert_source", "who teaches local government at Dunraven University"),
        ),
    ),
    Passage(
        "cold-40",
        "The electoral commission of Marovia has postponed next month's regional elections by six "
        "weeks, citing security concerns in the north. Opposition parties said the delay was "
        "designed to help the ruling party regroup after a string of defeats. The decision was "
        "taken against the advice of the commission's own legal department, according to a memo "
        "seen by the independent broadcaster Radio Libertas. Commission chairman Bogdan Iliescu "
        'told reporters the memo "does not reflect the final legal view." Western diplomats in '
        "the capital are reportedly pressing for a firm new date. Turnout could suffer if the vote "
        "slips into the rainy season, said Ana-Maria Roșca, who has monitored Marovian elections "
        "for the Bellmont Electoral Institute since 2009.",
        (
            ("anonymous_source", "Opposition parties"),
            ("media_source", "Radio Libertas"),
            ("named_source", "Bogdan Iliescu"),
            ("hedge", "reportedly"),
            ("hedge", "could"),
            ("named_source", "Ana-Maria Roșca"),
            (
                "expert_source",
                (
                    "who has monitored Marovian elections for the Bellmont Electoral Institute "
                    "since 2009"
                ),
            ),
        ),
    ),
)
