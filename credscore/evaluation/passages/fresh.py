"""Fresh set: 40 annotated news passages written after the extractor was tuned, for
one-shot measurement (invented people, places and outlets).

Written from the annotation scheme alone, without running the extractor on them, and
weighted toward the harder cases: expert credentials in many shapes, other outlets cited
in many positions, vague and elliptical anonymous sources, later references by surname
or role, hedges, and distractors (outlet names not cited, titles of office, spokespeople,
vague quantities, people mentioned but not speaking). See
:mod:`credscore.evaluation.passages` for the annotation scheme.
"""

from __future__ import annotations

from . import Passage

PASSAGES: tuple[Passage, ...] = (
    Passage(
        "fresh-01",
        "Ocean temperatures off the Sallow Coast could rise by two degrees within three "
        "decades, according to a study published on Thursday in the journal Marine Systems. "
        '"The warming is happening faster than our models predicted," said the study\'s lead '
        "author, Ingrid Vasquez, an oceanographer at the Halden Institute for Marine "
        "Research. Fishermen in the region said catches of cod had already fallen sharply. "
        "Paul Greaves, who studies fisheries policy at Corran University and was not "
        "involved in the research, said the findings suggest that quotas may need to be "
        "revised.",
        (
            ("hedge", "could"),
            ("expert_source", "the study's lead author"),
            ("named_source", "Ingrid Vasquez"),
            ("expert_source", "an oceanographer at the Halden Institute for Marine Research"),
            ("anonymous_source", "Fishermen in the region"),
            ("named_source", "Paul Greaves"),
            ("expert_source", "who studies fisheries policy at Corran University"),
            ("hedge", "suggest"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "fresh-02",
        "A former city treasurer in Brackwell was sentenced on Monday to four years in "
        "prison for embezzling public funds. Judge Alma Reyes said the defendant, Victor "
        'Lindqvist, 58, had "betrayed the trust of every taxpayer." Lindqvist\'s lawyer, Omar '
        "Haddad, said his client would appeal. Rachel Tobin, a former prosecutor who now "
        'teaches criminal law at Easton College, said the sentence was "on the heavy side" '
        "but unlikely to be overturned. The case was first reported by the Brackwell Courier "
        "in 2022.",
        (
            ("named_source", "Alma Reyes"),
            ("named_source", "Omar Haddad"),
            ("named_source", "Rachel Tobin"),
            ("expert_source", "a former prosecutor who now teaches criminal law at Easton College"),
            ("hedge", "unlikely"),
            ("media_source", "Brackwell Courier"),
        ),
    ),
    Passage(
        "fresh-03",
        "Health authorities in the province of Verasco are investigating a cluster of "
        "unexplained liver illnesses among young children, according to two officials with "
        "knowledge of the inquiry. One of the officials said as many as 30 cases may be "
        "linked to a contaminated water supply. Another said the source had not yet been "
        "confirmed. Nadia Ferro, a virologist at Verasco University Hospital, said a virus "
        "might also be responsible. The regional health department said in a statement that "
        'there was "no cause for alarm." Parents at a school in the town of Lumo said they '
        "had received no information.",
        (
            ("anonymous_source", "two officials with knowledge of the inquiry"),
            ("anonymous_source", "One of the officials"),
            ("hedge", "may"),
            ("anonymous_source", "Another"),
            ("named_source", "Nadia Ferro"),
            ("expert_source", "a virologist at Verasco University Hospital"),
            ("hedge", "might"),
            ("anonymous_source", "Parents at a school in the town of Lumo"),
        ),
    ),
    Passage(
        "fresh-04",
        "The prime minister of Ostravia, Dalibor Henk, is expected to announce his "
        "resignation this week, the daily Nova Hlas reported on Tuesday, citing people close "
        'to the governing coalition. Henk\'s office dismissed the report as "speculation." '
        "According to the public broadcaster ORT, coalition partners have already begun "
        "discussing a successor. In an interview with the weekly Tyden Plus, the finance "
        'minister, Jana Mrazova, said she had "no ambition" to lead the government.',
        (
            ("hedge", "is expected to"),
            ("media_source", "Nova Hlas"),
            ("anonymous_source", "people close to the governing coalition"),
            ("media_source", "ORT"),
            ("media_source", "Tyden Plus"),
            ("named_source", "Jana Mrazova"),
        ),
    ),
    Passage(
        "fresh-05",
        "Consumer prices in Delmare rose 6.1 percent in the year to March, the national "
        'statistics office said on Wednesday, the fastest pace in a decade. "Households are '
        'going to feel this for a long time," said Kestrel Bank economist Farid Nasser. The '
        "central bank may raise interest rates again as soon as next month, Nasser said. "
        "Lucia Brandt, professor of economics at the University of San Orvieto, said the "
        "rise appeared to be driven mostly by energy costs. Some analysts said inflation "
        "could peak by the summer.",
        (
            ("expert_source", "Kestrel Bank economist"),
            ("named_source", "Farid Nasser"),
            ("hedge", "may"),
            ("named_source", "Nasser#2"),
            ("named_source", "Lucia Brandt"),
            ("expert_source", "professor of economics at the University of San Orvieto"),
            ("hedge", "appeared to"),
            ("anonymous_source", "Some analysts"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "fresh-06",
        "Anton Rask was named head coach of Harlow United on Friday, three days after the "
        "club fired his predecessor. Rask, 44, guided Vardo Athletic to the Evening Star Cup "
        'last season. "I\'m here to win trophies, not to make promises," Rask told reporters '
        "at the club's training ground. The club's chairman, Desmond Achebe, said the "
        "appointment was unanimous. Several players reportedly had lobbied for the assistant "
        "coach to be promoted instead.",
        (
            ("named_source", "Rask#3"),
            ("named_source", "Desmond Achebe"),
            ("hedge", "reportedly"),
        ),
    ),
    Passage(
        "fresh-07",
        "At least 23 people died after a cyclone struck the eastern coast of Marivela "
        "overnight, state television said on Sunday. Local media reported that entire "
        "fishing villages near the port of Santo Abel had been flattened. The death toll "
        "could rise as rescuers reach more remote areas, the interior minister, Celso "
        "Duarte, told the radio station Voz del Litoral. Residents said warnings had come "
        'too late. "We heard nothing until the water was at the door," said Marisol Ortega, '
        "61, who lost her home.",
        (
            ("media_source", "state television"),
            ("media_source", "Local media"),
            ("hedge", "could"),
            ("named_source", "Celso Duarte"),
            ("media_source", "Voz del Litoral"),
            ("anonymous_source", "Residents"),
            ("named_source", "Marisol Ortega"),
        ),
    ),
    Passage(
        "fresh-08",
        "Nimbus Systems is in advanced talks to acquire the chip designer Quarrel Labs for "
        "about $4 billion, according to people familiar with the matter. A deal could be "
        "announced as early as next week, one of the people said, though it is unclear "
        "whether regulators in Europe would approve it. A spokesperson for Nimbus declined "
        "to comment. Internal documents obtained by the technology site ByteWire show that "
        "Quarrel had also held talks with a rival bidder.",
        (
            ("anonymous_source", "people familiar with the matter"),
            ("hedge", "could"),
            ("anonymous_source", "one of the people"),
            ("hedge", "it is unclear whether"),
            ("media_source", "ByteWire"),
        ),
    ),
    Passage(
        "fresh-09",
        "Sen. Marcus Delaney, a Republican from Fairhaven, said on Wednesday that he would "
        'vote against the farm bill. Delaney said the bill "rewards large agribusiness at '
        'the expense of family farms." Rep. Gloria Amsel, D-Carrow, called the criticism '
        '"misleading" and said the bill may still pass with bipartisan support. The Senate '
        "majority leader, Raymond Toft, has not said when a vote will be held.",
        (
            ("named_source", "Sen. Marcus Delaney"),
            ("named_source", "Delaney#2"),
            ("named_source", "Rep. Gloria Amsel"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "fresh-10",
        "A measles outbreak in the Tarrow Valley has grown to 47 cases, the county health "
        "department said on Monday. Dr. Helena Marsh, an epidemiologist with the Northgate "
        "Institute for Public Health, said the true number is probably much higher because "
        'many mild cases go unreported. "We may be seeing only the tip of the iceberg," '
        "Marsh said. Vaccination rates in the valley's schools have fallen below 80 percent, "
        "according to state data. Some parents said they had struggled to get appointments "
        "at local clinics.",
        (
            ("named_source", "Dr. Helena Marsh"),
            ("expert_source", "an epidemiologist with the Northgate Institute for Public Health"),
            ("hedge", "probably"),
            ("hedge", "may"),
            ("named_source", "Marsh#2"),
            ("anonymous_source", "Some parents"),
        ),
    ),
    Passage(
        "fresh-11",
        "A Silverton businessman allegedly paid bribes to three planning officials in "
        "exchange for building permits, according to an indictment unsealed on Thursday. The "
        "businessman, Gregor Pell, 52, is due in court next month. His lawyer, Naomi "
        "Fairweather, said her client would plead not guilty. Investigators found no "
        "evidence that any of the buildings were unsafe, the indictment says. Leonard Voss, "
        "who teaches white-collar crime at the Marston School of Law, said prosecutors "
        "appear to have a strong case.",
        (
            ("hedge", "allegedly"),
            ("named_source", "Naomi Fairweather"),
            ("named_source", "Leonard Voss"),
            ("expert_source", "who teaches white-collar crime at the Marston School of Law"),
            ("hedge", "appear to"),
        ),
    ),
    Passage(
        "fresh-12",
        "Talks between Kavara and Essland over a disputed river dam collapsed on Saturday, "
        "the news agency Meridian Press reported, citing a diplomat involved in the "
        "negotiations. The diplomat said the Essland delegation had walked out after a row "
        "over water quotas. Essland's foreign ministry said the talks had been \"postponed, "
        'not abandoned." Kavara University hydrologist Eli Navon said downstream farms could '
        "lose a third of their water if the reservoir were filled quickly. Some Western "
        "diplomats believe the dispute could escalate when the dam begins filling in the "
        "spring.",
        (
            ("media_source", "Meridian Press"),
            ("anonymous_source", "a diplomat involved in the negotiations"),
            ("anonymous_source", "The diplomat"),
            ("expert_source", "Kavara University hydrologist"),
            ("named_source", "Eli Navon"),
            ("hedge", "could"),
            ("anonymous_source", "Some Western diplomats"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "fresh-13",
        "The Carlow Sentinel will move out of its landmark building on Mill Street next "
        "year, ending 112 years at the address. The city council plans to turn the site into "
        "affordable housing, Mayor Teresa Quon said on Tuesday. The mayor said the council "
        "might also preserve the building's clock tower. Longtime readers said they were "
        'saddened by the news. "It\'s the end of an era," said Harold Beck, 79, who delivered '
        "the Sentinel as a boy.",
        (
            ("named_source", "Teresa Quon"),
            ("named_source", "The mayor"),
            ("hedge", "might"),
            ("anonymous_source", "Longtime readers"),
            ("named_source", "Harold Beck"),
        ),
    ),
    Passage(
        "fresh-14",
        "Astronomers have detected what appears to be water vapour in the atmosphere of a "
        "planet orbiting a nearby red dwarf. The signal is faint, and it is possible that it "
        "comes from the star itself, said Tomasz Wrona, an astrophysicist at the Korvin "
        "Observatory who led the team. Mira Castellanos, a planetary scientist at the "
        'University of Arden who was not part of the study, said the result "deserves '
        'cautious excitement." The findings will be published in the Journal of Exoplanet '
        "Research.",
        (
            ("hedge", "appears to"),
            ("hedge", "it is possible"),
            ("named_source", "Tomasz Wrona"),
            ("expert_source", "an astrophysicist at the Korvin Observatory"),
            ("named_source", "Mira Castellanos"),
            ("expert_source", "a planetary scientist at the University of Arden"),
        ),
    ),
    Passage(
        "fresh-15",
        "Arcadia Motors plans to close its assembly plant in Wexley by the end of next year, "
        "putting 2,300 jobs at risk, according to a letter to suppliers seen by the "
        "Financial Courier. A person briefed on the plan said the company was considering "
        "moving production to its plant in Tarsk. A union representative, Keiko Brennan, "
        'said workers had been "kept in the dark." Local officials fear the closure could '
        "hit dozens of smaller firms that supply the plant. The company said in a statement "
        "that no final decision had been made.",
        (
            ("media_source", "Financial Courier"),
            ("anonymous_source", "A person briefed on the plan"),
            ("named_source", "Keiko Brennan"),
            ("anonymous_source", "Local officials"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "fresh-16",
        "A fire that destroyed a warehouse in the Dunmore industrial district on Tuesday "
        "night may have been started deliberately, fire officials said. Witnesses said they "
        "saw two men running from the building shortly before the blaze began. One neighbour "
        "said she had heard an explosion. Another said the warehouse had been empty for "
        "months. The owner of the building, Fintan Gallagher, could not be reached for "
        "comment.",
        (
            ("hedge", "may"),
            ("anonymous_source", "fire officials"),
            ("anonymous_source", "Witnesses"),
            ("anonymous_source", "One neighbour"),
            ("anonymous_source", "Another"),
        ),
    ),
    Passage(
        "fresh-17",
        "The messaging app Chatterly exposed the phone numbers of millions of users for "
        "nearly two weeks, the Skarvian daily Nordposten reported on Monday. The flaw was "
        "spotted by a security researcher, Anika Sorensen, who told Nordposten she had "
        "alerted the company in January. Chatterly said it had fixed the problem and found "
        "no evidence that the data had been misused. Hackers may have copied the data before "
        "the fix, said Dev Malhotra, who researches data privacy at the Lindqvist Institute "
        "of Technology. The broadcaster NRT later confirmed the details with two company "
        "employees.",
        (
            ("media_source", "Nordposten"),
            ("expert_source", "a security researcher"),
            ("named_source", "Anika Sorensen"),
            ("media_source", "Nordposten#2"),
            ("hedge", "may"),
            ("named_source", "Dev Malhotra"),
            (
                "expert_source",
                "who researches data privacy at the Lindqvist Institute of Technology",
            ),
            ("media_source", "NRT"),
            ("anonymous_source", "two company employees"),
        ),
    ),
    Passage(
        "fresh-18",
        "The Halbrook town council voted 5-2 on Monday to ban overnight parking on the "
        "seafront. Councillor Ruth Adeyemi, who proposed the ban, said camper vans had "
        '"taken over" the promenade. Councillor Ben Stroud, one of the two members who voted '
        "against, said the rule could hurt local cafes. Some business owners said they had "
        "not been consulted. One, who runs an ice cream kiosk, said she would lose a third "
        "of her summer trade.",
        (
            ("named_source", "Ruth Adeyemi"),
            ("named_source", "Ben Stroud"),
            ("hedge", "could"),
            ("anonymous_source", "Some business owners"),
            ("anonymous_source", "One"),
        ),
    ),
    Passage(
        "fresh-19",
        "Adults who sleep fewer than six hours a night may be at higher risk of developing "
        "type 2 diabetes, a large study from the Rennick Medical School suggests. The study "
        'followed 40,000 adults for a decade. "Sleep is not a luxury," said the study\'s lead '
        "author, Dr. Oluwaseun Adebayo. But Clara Weiss, a professor of endocrinology at "
        "Harwood University, said the study did not show that short sleep causes the "
        "disease. Weiss said other factors, such as diet, might explain the link.",
        (
            ("hedge", "may"),
            ("hedge", "suggests"),
            ("expert_source", "the study's lead author"),
            ("named_source", "Dr. Oluwaseun Adebayo"),
            ("named_source", "Clara Weiss"),
            ("expert_source", "a professor of endocrinology at Harwood University"),
            ("named_source", "Weiss#2"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "fresh-20",
        "Troops loyal to the military council in Bakhara have surrounded the presidential "
        "palace, according to the broadcaster RTV. The council is believed to have detained "
        "several ministers, the broadcaster said. State television, which is controlled by "
        "the council, showed footage of empty streets in the capital and said the situation "
        'was "calm." A resident of the capital reached by telephone said gunfire had been '
        "heard throughout the night. President Idris Malouf has not been seen in public "
        "since Friday. Foreign diplomats in the city said they had been advised to stay "
        "indoors.",
        (
            ("media_source", "RTV"),
            ("hedge", "is believed to"),
            ("media_source", "the broadcaster#2"),
            ("media_source", "State television"),
            ("anonymous_source", "A resident of the capital"),
            ("anonymous_source", "Foreign diplomats in the city"),
        ),
    ),
    Passage(
        "fresh-21",
        "Forecasters warned on Thursday that a heat wave could push temperatures above 42C "
        'across much of southern Vestria this weekend. "This is not normal summer heat," '
        "said Lars Engberg, a meteorologist with the National Weather Agency. Engberg said "
        "temperatures were likely to stay high until at least Tuesday. Hospitals in the "
        "region have cancelled staff leave, the broadcaster Kanal 7 reported. Some farmers "
        "said their crops were already failing.",
        (
            ("anonymous_source", "Forecasters"),
            ("hedge", "could"),
            ("named_source", "Lars Engberg"),
            ("expert_source", "a meteorologist with the National Weather Agency"),
            ("named_source", "Engberg#2"),
            ("hedge", "likely"),
            ("media_source", "Kanal 7"),
            ("anonymous_source", "Some farmers"),
        ),
    ),
    Passage(
        "fresh-22",
        "The Brannock Rovers striker Leon Mbeki will miss the rest of the season with a knee "
        "injury, the club said on Saturday. Mbeki, 27, was hurt in the second half of "
        "Wednesday's derby against Elmfield. His agent, Sergio Valli, told the radio station "
        'Sportwave FM that the player was "devastated." Team doctors are expected to decide '
        "next week whether surgery is needed. Supporters on the club's fan forums blamed an "
        "overcrowded fixture list.",
        (
            ("named_source", "Sergio Valli"),
            ("media_source", "Sportwave FM"),
            ("hedge", "are expected to"),
            ("anonymous_source", "Supporters on the club's fan forums"),
        ),
    ),
    Passage(
        "fresh-23",
        "A federal judge in Tennford on Wednesday blocked a state law that would have "
        "required age checks on social media sites. Judge Patricia Olmos wrote that the law "
        "was likely to violate free speech protections. The state's attorney general, Curtis "
        "Vane, said he would appeal the ruling. Maya Lindgren, a constitutional law scholar "
        'at Pemberton University, said the decision was "well grounded in precedent." The '
        "attorney general has argued that the law protects children from harmful content.",
        (
            ("named_source", "Patricia Olmos"),
            ("hedge", "likely"),
            ("named_source", "Curtis Vane"),
            ("named_source", "Maya Lindgren"),
            ("expert_source", "a constitutional law scholar at Pemberton University"),
            ("named_source", "The attorney general"),
        ),
    ),
    Passage(
        "fresh-24",
        "A rare orchid last recorded in 1931 has been found growing on a cliff in the Ardell "
        "Hills, botanists said on Friday. The plant was spotted by a retired teacher, Glenys "
        'Howell, who photographed it during a walk. "I have no proof, but there may be more '
        'of them further up the valley," Howell told the Ardell Gazette. Rhys Pritchard, a '
        'botanist at the Ardell Botanic Garden, said the find was "astonishing." Pritchard '
        "said the exact location would be kept secret to protect the plant from collectors.",
        (
            ("anonymous_source", "botanists"),
            ("hedge", "I have no proof"),
            ("hedge", "may"),
            ("named_source", "Howell#2"),
            ("media_source", "Ardell Gazette"),
            ("named_source", "Rhys Pritchard"),
            ("expert_source", "a botanist at the Ardell Botanic Garden"),
            ("named_source", "Pritchard#2"),
        ),
    ),
    Passage(
        "fresh-25",
        "Shares in the retailer Penbrook & Hale fell 12 percent on Tuesday after the Morning "
        "Ledger reported that the company had overstated its profits for three years. The "
        "newspaper cited an internal audit and two former finance executives. Penbrook & "
        'Hale called the article "inaccurate and irresponsible." Henrietta Sobel, an '
        "accounting professor at Greyfield Business School, said the company could face "
        "heavy fines. The financial regulator said it was aware of the report.",
        (
            ("media_source", "Morning Ledger"),
            ("media_source", "The newspaper"),
            ("anonymous_source", "two former finance executives"),
            ("named_source", "Henrietta Sobel"),
            ("expert_source", "an accounting professor at Greyfield Business School"),
            ("hedge", "could"),
        ),
    ),
    Passage(
        "fresh-26",
        "The Valmorian government has quietly approved the sale of six coastal patrol ships "
        "to Teraq, the newspaper El Vigía reported on Sunday. The deal, worth about 300 "
        "million euros, was not announced publicly, according to the paper. Opposition "
        "lawmakers said parliament should have been consulted. The defence minister, Álvaro "
        'Cienfuegos, told the radio network Cadena Sol that the sale was "entirely legal." '
        "Le Journal de Vassy, a French-language weekly, reported last month that Teraq had "
        "also approached two other suppliers.",
        (
            ("media_source", "El Vigía"),
            ("media_source", "the paper"),
            ("anonymous_source", "Opposition lawmakers"),
            ("named_source", "Álvaro Cienfuegos"),
            ("media_source", "Cadena Sol"),
            ("media_source", "Le Journal de Vassy"),
        ),
    ),
    Passage(
        "fresh-27",
        "Emergency departments across the Redmarsh region are turning away ambulances "
        "because of a shortage of beds, nurses at three hospitals said. One nurse, who asked "
        "not to be named for fear of losing her job, said patients had waited up to 30 hours "
        "on trolleys. A spokeswoman for the Redmarsh Health Board said the board was "
        '"working hard to improve flow." The shortage appears to be worse than last winter, '
        "according to figures obtained by the Redmarsh Observer. Health Secretary Colin "
        "Ferris said extra funding was on the way.",
        (
            ("anonymous_source", "nurses at three hospitals"),
            ("anonymous_source", "One nurse"),
            ("hedge", "appears to"),
            ("media_source", "Redmarsh Observer"),
            ("named_source", "Colin Ferris"),
        ),
    ),
    Passage(
        "fresh-28",
        "A new generation of smart thermostats can be hijacked remotely to switch off "
        "heating, security researchers warned on Thursday. The vulnerability affects devices "
        "sold by at least four brands, said Yusuf Demir, who studies embedded systems at "
        "Kellam Polytechnic. Demir said an attacker could exploit the flaw from anywhere in "
        "the world. One of the manufacturers, Thermalink, said it had released a software "
        'update. "Consumers should install it immediately," said Beatrix Holm, a '
        "cybersecurity lecturer at the University of Wendover.",
        (
            ("anonymous_source", "security researchers"),
            ("named_source", "Yusuf Demir"),
            ("expert_source", "who studies embedded systems at Kellam Polytechnic"),
            ("named_source", "Demir#2"),
            ("hedge", "could"),
            ("named_source", "Beatrix Holm"),
            ("expert_source", "a cybersecurity lecturer at the University of Wendover"),
        ),
    ),
    Passage(
        "fresh-29",
        "The governing Unity Party is divided over whether to back a proposed tax on large "
        "fortunes, according to three lawmakers and two aides who spoke on condition of "
        'anonymity. One lawmaker said the party leadership had been "blindsided" by the '
        "proposal. A second said the tax would probably pass if it came to a vote. Party "
        'leader Nadia Kourou told reporters on Monday that "there is no division at all." '
        "Political analysts said the dispute might weaken the party ahead of next year's "
        "election.",
        (
            ("anonymous_source", "three lawmakers"),
            ("anonymous_source", "two aides"),
            ("anonymous_source", "One lawmaker"),
            ("anonymous_source", "A second"),
            ("hedge", "probably"),
            ("named_source", "Nadia Kourou"),
            ("anonymous_source", "Political analysts"),
            ("hedge", "might"),
        ),
    ),
    Passage(
        "fresh-30",
        "A magnitude 6.4 earthquake struck the mountainous Orvan province early on "
        "Wednesday, killing at least nine people, according to local media. The quake was "
        "centred about 15 km below the town of Devrek, the national seismological centre "
        "said. Aftershocks are likely to continue for several days, said Selin Aydar, a "
        "seismologist at Karsu Technical University. Aydar said older stone houses in the "
        "region were especially vulnerable. Footage shared by the broadcaster Kanal Doğu "
        "showed collapsed walls and residents sleeping in the streets.",
        (
            ("media_source", "local media"),
            ("hedge", "likely"),
            ("named_source", "Selin Aydar"),
            ("expert_source", "a seismologist at Karsu Technical University"),
            ("named_source", "Aydar#2"),
            ("media_source", "Kanal Doğu"),
        ),
    ),
    Passage(
        "fresh-31",
        "A court in Brenzau on Monday convicted the former head of the national football "
        "federation, Ernst Falkner, of fraud. Falkner, 71, was given a suspended sentence of "
        "18 months. In an interview with the weekly Die Woche am Sonntag, his lawyer, Simone "
        'Kessler, said the verdict was "politically motivated." Federation officials '
        "declined to comment. The sentence is unusually lenient, said Markus Rieder, a "
        "former judge who now lectures on sports law at the University of Hallerau.",
        (
            ("media_source", "Die Woche am Sonntag"),
            ("named_source", "Simone Kessler"),
            ("named_source", "Markus Rieder"),
            (
                "expert_source",
                "a former judge who now lectures on sports law at the University of Hallerau",
            ),
        ),
    ),
    Passage(
        "fresh-32",
        "Archaeologists excavating a hillside near the village of Coldra have uncovered what "
        "may be the oldest wine press in the region, dating possibly to the 6th century BC. "
        '"This could rewrite what we know about farming here," said Dr. Elif Sandoval, an '
        "archaeologist with the Institute of Aegean Studies who directs the excavation. "
        "Sandoval said carbon tests on seeds found at the site were still under way. Jonas "
        "Albrecht, professor of classical archaeology at the University of Frenholm, said "
        "the press could also be a later Roman structure.",
        (
            ("hedge", "may"),
            ("hedge", "possibly"),
            ("hedge", "could"),
            ("named_source", "Dr. Elif Sandoval"),
            ("expert_source", "an archaeologist with the Institute of Aegean Studies"),
            ("named_source", "Sandoval#2"),
            ("named_source", "Jonas Albrecht"),
            ("expert_source", "professor of classical archaeology at the University of Frenholm"),
            ("hedge", "could#2"),
        ),
    ),
    Passage(
        "fresh-33",
        "The Fernhill school district is considering closing two elementary schools because "
        "of falling enrolment, according to a draft plan first reported by the Fernhill "
        "Times-Record. Enrolment is expected to fall by another 10 percent by 2030, the plan "
        "says. Superintendent Walter Okoro said no decision would be made before the spring. "
        "A district spokesperson said public meetings would be held in January. Parents at "
        "Linden Elementary, one of the schools named in the plan, said they would fight the "
        'closure. "Our kids can walk to school now," said Jasmine Reyes, who has two '
        "children at Linden.",
        (
            ("media_source", "Fernhill Times-Record"),
            ("hedge", "is expected to"),
            ("named_source", "Walter Okoro"),
            ("anonymous_source", "Parents at Linden Elementary"),
            ("named_source", "Jasmine Reyes"),
        ),
    ),
    Passage(
        "fresh-34",
        "Rebel forces have reportedly seized the airport in the northern city of Tamsin, "
        "cutting off a key supply route for the army. A military source told the news agency "
        "Cordel that government troops had withdrawn overnight to avoid civilian casualties. "
        "The army's spokesman denied that the airport had fallen. Aid workers said thousands "
        "of people had fled the city in the past week. The rebels may now try to advance on "
        "the provincial capital, some analysts said.",
        (
            ("hedge", "reportedly"),
            ("anonymous_source", "A military source"),
            ("media_source", "Cordel"),
            ("anonymous_source", "Aid workers"),
            ("hedge", "may"),
            ("anonymous_source", "some analysts"),
        ),
    ),
    Passage(
        "fresh-35",
        "The Clarion reported on Thursday that the drugmaker Velantis had delayed publishing "
        "the results of a trial of its arthritis drug after several patients suffered heart "
        'problems. Velantis said the delay was due to "routine data checks." Dr. Samuel '
        "Achterberg, a cardiologist at Mercy Hill Hospital who reviewed the documents for "
        'the Clarion, said the pattern of side effects "should have been disclosed '
        'immediately." It is not clear whether regulators were informed. Patient advocates '
        "called for an independent review.",
        (
            ("media_source", "Clarion"),
            ("named_source", "Dr. Samuel Achterberg"),
            ("expert_source", "a cardiologist at Mercy Hill Hospital"),
            ("media_source", "Clarion#2"),
            ("hedge", "It is not clear whether"),
            ("anonymous_source", "Patient advocates"),
        ),
    ),
    Passage(
        "fresh-36",
        "The board of Orrin Telecom has ousted its chief executive, Hana Moriyama, after a "
        "dispute over the company's expansion into satellite internet, two people briefed on "
        "the decision said. The company's chairman, Felix Dunmore, will run the business "
        'until a successor is found. In a statement, Dunmore thanked Moriyama for "six years '
        'of dedicated service." Moriyama did not respond to requests for comment. Shares in '
        "the company could come under pressure when markets open, said Grace Liang, a "
        "telecoms analyst at Beacon Securities.",
        (
            ("anonymous_source", "two people briefed on the decision"),
            ("named_source", "Dunmore#2"),
            ("hedge", "could"),
            ("named_source", "Grace Liang"),
            ("expert_source", "a telecoms analyst at Beacon Securities"),
        ),
    ),
    Passage(
        "fresh-37",
        "Some 200 people were evacuated from their homes in the town of Ambleford on Sunday "
        'after the River Osk burst its banks. "The water came up faster than anyone '
        "expected,\" the town's mayor, Bernard Oyelaran, told the broadcaster Channel West. "
        "More rain is forecast for Tuesday, and the river may not peak until Wednesday, the "
        "Environment Office said. Emergency crews said they had rescued a family of five "
        "from the roof of their car. Insurers are likely to face claims running into "
        "millions, according to a report in the trade journal Insurance Week.",
        (
            ("named_source", "Bernard Oyelaran"),
            ("media_source", "Channel West"),
            ("hedge", "may"),
            ("anonymous_source", "Emergency crews"),
            ("hedge", "likely"),
            ("media_source", "Insurance Week"),
        ),
    ),
    Passage(
        "fresh-38",
        "Testimony in the manslaughter trial of a Kestwick nurse ended on Thursday, with "
        "closing arguments scheduled for Monday. The nurse, Ivy Caldwell, 34, is accused of "
        "giving a fatal overdose to an elderly patient. A pharmacist who worked the same "
        "shift testified that the drug cabinet had been left unlocked. Caldwell's lawyer, "
        "Dominic Frei, argued that the hospital's record-keeping was so poor that the dose "
        "could have been given by anyone. Some observers say the jury may struggle to reach "
        "a unanimous verdict.",
        (
            ("anonymous_source", "A pharmacist who worked the same shift"),
            ("named_source", "Dominic Frei"),
            ("hedge", "could"),
            ("anonymous_source", "Some observers"),
            ("hedge", "may"),
        ),
    ),
    Passage(
        "fresh-39",
        "The government of Kastelia plans to reintroduce military conscription for men aged "
        "18 to 25, a senior official in the defence ministry told the newspaper Morgenvakt. "
        "The official, who was not authorised to speak publicly, said a bill could be "
        "presented to parliament before the end of the year. Defence Minister Petra Lund "
        'declined to confirm the report but said "all options are on the table." Younger '
        "voters appear to oppose the plan by a wide margin, according to a poll published by "
        "the broadcaster KTV last week.",
        (
            ("anonymous_source", "a senior official in the defence ministry"),
            ("media_source", "Morgenvakt"),
            ("anonymous_source", "The official"),
            ("hedge", "could"),
            ("named_source", "Petra Lund"),
            ("hedge", "appear to"),
            ("media_source", "KTV"),
        ),
    ),
    Passage(
        "fresh-40",
        "Police in the Suvanian capital detained a reporter for the Ravel Tribune on Friday "
        "while she was covering a protest outside parliament. The paper's editor, Tomas "
        "Brezina, said the reporter, Lidia Novak, had been released after six hours without "
        'charge. The interior ministry said officers had acted "in accordance with the law." '
        "Several journalists who attended the protest said police had used batons. Katarina "
        "Vuk, who studies media law at the University of Ostrel, said the detention may have "
        "breached the country's constitution.",
        (
            ("named_source", "Tomas Brezina"),
            ("anonymous_source", "Several journalists who attended the protest"),
            ("named_source", "Katarina Vuk"),
            ("expert_source", "who studies media law at the University of Ostrel"),
            ("hedge", "may"),
        ),
    ),
)
